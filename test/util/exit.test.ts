// exitOnceFlushed ends the process only after the output streams took everything.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const LAUNCH = path.join(ROOT, 'dist/launch.cjs');

/** Runs `body` in a fresh Node with dist/launch.cjs required as `launch`. */
function runWithLaunch(body: string) {
  const script = `const launch = require(${JSON.stringify(LAUNCH)}); ${body}`;
  return spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
}

describe('exitOnceFlushed', () => {
  it('exits with the code after a large output reached a pipe in full', () => {
    const run = runWithLaunch(
      `process.stdout.write('x'.repeat(4 << 20)); process.stderr.write('done');
       launch.exitOnceFlushed(3); setTimeout(() => process.stdout.write('late'), 10000);`,
    );
    expect(run.status).toBe(3);
    expect(run.stdout.length).toBe(4 << 20);
    expect(run.stderr).toBe('done');
  });
});

describe('exitAs', () => {
  it('passes on an exit code', () => {
    expect(runWithLaunch('launch.exitAs({ exitCode: 4 })').status).toBe(4);
  });

  it('passes on a signal by dying of it', () => {
    expect(runWithLaunch("launch.exitAs({ signal: 'SIGTERM' })").signal).toBe('SIGTERM');
  });

  it('exits as a shell reports a signal this process ignores (SIGPIPE: 128 + 13)', () => {
    expect(runWithLaunch("launch.exitAs({ signal: 'SIGPIPE' })").status).toBe(141);
  });
});
