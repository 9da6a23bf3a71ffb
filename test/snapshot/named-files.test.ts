// What the launcher and the snapshot process make of a run's arguments (src/snapshot/named-files.ts).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { namedFilesSize } from '../../src/snapshot/named-files.js';
import { tmpTree } from '../helpers/tmp.js';

describe('namedFilesSize', () => {
  const root = tmpTree({ 'a.txt': 'abc', 'b.md': 'hello', 'macros/c.txt': 'x', '[x].txt': 'yy' });
  const at = (name: string) => path.join(root, name);

  it('adds up the named files, skipping options, standard input and names of nothing', () => {
    expect(namedFilesSize([at('a.txt'), '--format', 'json', at('b.md')])).toBe(8);
    expect(namedFilesSize(['-', at('missing.txt')])).toBe(0);
  });

  it('is undefined for a folder or a glob, which may stand for any number of drafts', () => {
    expect(namedFilesSize([at('a.txt'), at('macros')])).toBeUndefined();
    for (const glob of ['*.txt', '**/*.md', 'a?.txt', '{a,b}.txt', '@(a|b).txt']) {
      expect(namedFilesSize([at(glob)]), glob).toBeUndefined();
    }
    expect(namedFilesSize(['!macros/c.txt'])).toBeUndefined(); // a negated pattern
  });

  it('takes a file whose name looks like a glob for the file it is', () => {
    expect(namedFilesSize([at('[x].txt')])).toBe(2);
  });

  it('stops adding once the total passes the limit', () => {
    expect(namedFilesSize([at('b.md'), at('a.txt'), at('macros')], 4)).toBe(5);
  });
});
