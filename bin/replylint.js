#!/usr/bin/env node
// Thin launcher: the CLI lives in the bundle built from src/ (npm run build). When this
// build has a startup snapshot in the user's cache (src/snapshot/), the CLI runs in a
// Node started from it instead, with the CLI and compromise already loaded.
let launch;
try {
  launch = await import('../dist/launch.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('replylint: not built yet; run `npm run build` in the replylint folder\n');
  process.exit(2);
}
const args = process.argv.slice(2);
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
