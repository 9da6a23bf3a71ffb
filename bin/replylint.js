#!/usr/bin/env node
// Thin launcher: the CLI lives in the bundle built from src/ (npm run build). Given
// --cache, it first tries to replay the last recorded run (src/cache/replay.ts). When this
// build has a startup snapshot in the user's cache (src/snapshot/), the CLI runs in a
// Node started from it instead, with the CLI and compromise already loaded.
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

const replayed = args.includes('--cache') ? (await load('replay')).replayRun(args) : undefined;
if (replayed !== undefined) {
  process.exitCode = replayed;
} else {
  const launch = await load('launch');
  const fromSnapshot = launch.runFromSnapshot(args);
  if (fromSnapshot && 'signal' in fromSnapshot) {
    process.kill(process.pid, fromSnapshot.signal);
  } else if (fromSnapshot) {
    process.exitCode = fromSnapshot.exitCode;
  } else {
    const cli = await import('../dist/cli.js');
    process.exitCode = await cli.run(args);
    if (cli.nlpLoaded()) launch.buildSnapshotLater(args);
  }
}
