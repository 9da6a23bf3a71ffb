#!/usr/bin/env node
// Thin launcher: the CLI lives in the bundle built from src/ (npm run build). Given
// --cache, it first tries to replay the last recorded run (src/cache/replay.ts). When this
// build has a startup snapshot in the user's cache (src/snapshot/), the CLI runs in a
// Node started from it instead, with the CLI and compromise already loaded.
// CommonJS, as are the two files it requires: an ES module entry point costs ~13 ms of
// Node's module loader before its first line runs, and a replay or a run from the
// snapshot never needs that loader. Every path ends with an explicit exit
// (src/util/exit.ts says why).
'use strict';
const args = process.argv.slice(2);

/** Requires a part of the bundle, or says the bundle is missing and exits. */
function load(part) {
  try {
    return require(`../dist/${part}.cjs`);
  } catch (error) {
    if (error?.code !== 'MODULE_NOT_FOUND') throw error;
    process.stderr.write('replylint: not built yet; run `npm run build` in the replylint folder\n');
    process.exit(2);
  }
}

// A replay and a run from the snapshot print through the file descriptors directly, so
// nothing is left to flush when they return.
if (args.includes('--cache')) {
  const replayed = load('replay').replayRun(args);
  if (replayed !== undefined) process.exit(replayed);
}

const launch = load('launch');
const fromSnapshot = launch.runFromSnapshot(args);
if (fromSnapshot) launch.exitAs(fromSnapshot);

import('../dist/cli.js').then(async (cli) => {
  const code = await cli.run(args);
  if (cli.nlpLoaded()) launch.buildSnapshotLater(args);
  launch.exitOnceFlushed(code);
});
