// --timeout: a plugin rule that never returns costs its file, not the run.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

const GOOD = 'Hi Dana,\n\nThanks for writing. I have refunded the order today.\n\nBest,\nSam\n';

function loopingProject(): string {
  return tmpTree({
    'loop.js': `export default {
  name: 'loop',
  rules: [{
    id: 'forever',
    message: 'never reported',
    check(reply) { if (reply.text.includes('FOREVER')) for (;;) {} },
  }],
};
`,
    '.replylintrc.yaml': 'plugins: [./loop.js]\nrules:\n  loop/forever: warning\n',
    'a.txt': GOOD,
    'b.txt': 'Hi Dana,\n\nThis check runs FOREVER.\n\nBest,\nSam\n',
    'c.txt': GOOD,
  });
}

describe('--timeout', () => {
  // --concurrency 1: V8's execution timeout in the main thread; 2: a worker is replaced.
  for (const concurrency of ['1', '2']) {
    it(`stops a draft over the budget, names the file and lints the others (--concurrency ${concurrency})`, () => {
      const cwd = loopingProject();
      const run = runJson(
        ['--timeout', '3000', '--concurrency', concurrency, 'a.txt', 'b.txt', 'c.txt'],
        { cwd },
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        'replylint: b.txt: internal error: linting a draft took longer than the time budget of 3000 ms (--timeout)',
      );
      expect(run.json.results.map((r: { file: string }) => r.file)).toEqual(['a.txt', 'c.txt']);
    });
  }

  it('lints the files a stopped worker held next in its replacement', () => {
    // Two workers hold two files each: a and c in one, b (stuck) and d in the other.
    const cwd = loopingProject();
    writeFileSync(path.join(cwd, 'd.txt'), GOOD);
    writeFileSync(path.join(cwd, 'e.txt'), GOOD);
    const run = runJson(['--timeout', '3000', '--concurrency', '2', '.'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('replylint: b.txt: internal error: linting a draft took longer');
    expect(run.json.results.map((r: { file: string }) => r.file)).toEqual([
      'a.txt',
      'c.txt',
      'd.txt',
      'e.txt',
    ]);
  });

  it('rejects a budget that is not a whole number', () => {
    const run = runCli(['--timeout', 'soon', 'x.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--timeout');
  });
});
