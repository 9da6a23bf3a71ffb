#!/usr/bin/env node
// Thin launcher: the CLI lives in the bundle built from src/ (npm run build). Given
// --cache, it first tries to replay the last recorded run (src/cache/replay.ts). When this
// build has a startup snapshot in the user's cache (src/snapshot/), the CLI runs in a
// Node started from it instead, with the CLI and compromise already loaded.
// Every path ends with an explicit exit (src/util/exit.ts says why).
const args = process.argv.slice(2);

/** Imports a part of the bundle, or says the bundle is missing and exits. */
async function load(part) {
  try {
    return await import(`../dist/${part}.js`);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    process.stderr.write('replylint: not built yet; run `npm run build` in the replylint folder\n');
    process.exit(2);
  }
}

// A replay and a run from the snapshot print through the file descriptors directly, so
// nothing is left to flush when they return.
const replayed = args.includes('--cache') ? (await load('replay')).replayRun(args) : undefined;
if (replayed !== undefined) process.exit(replayed);

const launch = await load('launch');
const fromSnapshot = launch.runFromSnapshot(args);
if (fromSnapshot) launch.exitAs(fromSnapshot);

const cli = await import('../dist/cli.js');
const code = await cli.run(args);
if (cli.nlpLoaded()) launch.buildSnapshotLater(args);
launch.exitOnceFlushed(code);
