import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeTmpTrees, tmpTree } from './helpers/tmp.js';

// test/setup.ts calls removeTmpTrees after every test file: a run leaves no trees behind.
describe('tmpTree', () => {
  it('makes the files asked for, and removeTmpTrees removes every tree made', () => {
    const a = tmpTree({ 'macros/refund.md': 'Hi' });
    const b = tmpTree();
    expect(existsSync(path.join(a, 'macros/refund.md'))).toBe(true);
    removeTmpTrees();
    expect([existsSync(a), existsSync(b)]).toEqual([false, false]);
  });
});
