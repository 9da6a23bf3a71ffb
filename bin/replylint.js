#!/usr/bin/env node
// Thin launcher: the CLI lives in the bundle built from src/ (npm run build).
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('replylint: not built yet; run `npm run build` in the replylint folder\n');
  process.exit(2);
}
process.exitCode = await cli.run(process.argv.slice(2));
