// Which runs from the snapshot turn V8's optimising compiler off (src/snapshot/short-run.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isShortRun, SHORT_RUN_BYTES } from '../../src/snapshot/short-run.js';
import { tmpTree } from '../helpers/tmp.js';

describe('isShortRun', () => {
  let cwd: string;
  beforeEach(() => {
    cwd = process.cwd();
    process.chdir(
      tmpTree({
        'a.txt': 'Hi Sam, thanks for writing in.',
        'b.md': 'x'.repeat(SHORT_RUN_BYTES - 100),
        'big.json': 'x'.repeat(SHORT_RUN_BYTES + 1),
        'macros/c.txt': 'Hello',
      }),
    );
  });
  afterEach(() => process.chdir(cwd));

  it('is short for a few small files, whatever the options around them', () => {
    expect(isShortRun(['a.txt'])).toBe(true);
    expect(isShortRun(['--format', 'json', '--no-config', 'a.txt', 'b.md'])).toBe(true);
  });

  it('is short for standard input and for names that match nothing', () => {
    expect(isShortRun([])).toBe(true);
    expect(isShortRun(['--stdin-filename', 'x.md', '-'])).toBe(true);
    expect(isShortRun(['missing.txt'])).toBe(true);
  });

  it('is not short once the files together exceed the limit', () => {
    expect(isShortRun(['big.json'])).toBe(false);
    expect(isShortRun(['b.md', 'b.md', 'a.txt'])).toBe(false);
  });

  it('is not short for a folder or a glob, which may stand for any number of drafts', () => {
    expect(isShortRun(['a.txt', 'macros'])).toBe(false);
    expect(isShortRun(['macros/*.txt'])).toBe(false);
    expect(isShortRun(['**/*.md'])).toBe(false);
  });
});
