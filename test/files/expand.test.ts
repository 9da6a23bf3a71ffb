import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPatterns } from '../../src/files/expand.js';
import { tmpTree } from '../helpers/tmp.js';

const KNOWN = /\.(txt|md|json|ya?ml|html|eml)$/;
const options = (cwd: string, extra = {}) => ({
  cwd,
  isLintable: async (file: string) => KNOWN.test(file),
  ...extra,
});

describe('expandPatterns', () => {
  const root = tmpTree({
    'macros/zendesk/b.json': '{}',
    'macros/zendesk/a.json': '{}',
    'macros/notes.txt': 'hi',
    'macros/logo.png': 'png',
    'macros/.hidden.txt': 'hi',
    'macros/node_modules/pkg/readme.txt': 'hi',
    'macros/archive/old.txt': 'hi',
    'empty/logo.png': 'png',
    draft: 'no extension',
    'notes.csv': 'a,b',
    '.replylintignore': '# old replies\nmacros/archive/\n',
  });

  it('searches directories recursively in path order, keeping the prefix as typed', async () => {
    const { targets, unmatched } = await expandPatterns(['macros'], options(root));
    expect(targets.map((t) => t.file)).toEqual([
      path.join('macros', 'notes.txt'),
      path.join('macros', 'zendesk', 'a.json'),
      path.join('macros', 'zendesk', 'b.json'),
    ]);
    expect(unmatched).toEqual([]);
  });

  it('applies .replylintignore and --ignore-pattern, and skips dot files and node_modules', async () => {
    const { targets } = await expandPatterns(
      ['macros/'],
      options(root, { ignorePatterns: ['*.txt'] }),
    );
    expect(targets.map((t) => t.file)).toEqual(['macros/zendesk/a.json', 'macros/zendesk/b.json']);
    const all = await expandPatterns(['macros/'], options(root, { useIgnoreFile: false }));
    expect(all.targets.map((t) => t.file)).toContain('macros/archive/old.txt');
  });

  it('expands globs, and notes files a glob names that no format reads', async () => {
    const { targets, skipped } = await expandPatterns(['macros/*'], options(root));
    expect(targets.map((t) => t.file)).toEqual(['macros/notes.txt']);
    expect(skipped).toEqual([
      { file: 'macros/logo.png', reason: expect.stringMatching(/no format/) },
    ]);
  });

  it('reports patterns that find no lintable file', async () => {
    const { unmatched, targets } = await expandPatterns(
      ['missing.txt', 'nothing/**/*.json', 'empty', 'notes.csv', 'macros/archive'],
      options(root),
    );
    expect(targets).toEqual([]);
    expect(unmatched).toEqual([
      { pattern: 'missing.txt', message: 'no such file' },
      { pattern: 'nothing/**/*.json', message: 'no files match this pattern' },
      { pattern: 'empty', message: 'no lintable files in this directory' },
      { pattern: 'notes.csv', message: expect.stringMatching(/no format for this file type/) },
      { pattern: 'macros/archive', message: 'all files matched by "macros/archive" are ignored' },
    ]);
  });

  it('lints a named file without an extension as text, and each file once', async () => {
    const { targets, skipped } = await expandPatterns(
      ['draft', 'macros/notes.txt', 'macros', 'macros/archive/old.txt', '-'],
      options(root),
    );
    expect(targets.map((t) => t.file)).toEqual([
      'draft',
      'macros/notes.txt',
      path.join('macros', 'zendesk', 'a.json'),
      path.join('macros', 'zendesk', 'b.json'),
      '-',
    ]);
    expect(skipped).toEqual([
      { file: 'macros/archive/old.txt', reason: 'ignored by .replylintignore' },
    ]);
  });
});
