import { describe, expect, it } from 'vitest';
import { LintPool } from '../../src/workers/pool.js';
import { tmpTree } from '../helpers/tmp.js';

const DRAFT = 'Hi Dana,\n\nThanks for writing. I have refunded the order today.\n\nBest,\nSam\n';

describe('LintPool', () => {
  it('starts a worker only when the running ones hold all they can (a cached run lints a few files)', async () => {
    const cwd = tmpTree();
    const pool = new LintPool(
      { cwd, useConfigFiles: false, ruleOverrides: {}, settings: { cwd } },
      2,
      0,
    );
    const workers = () => (pool as unknown as { slots: unknown[] }).slots.length;
    try {
      pool.warm(1);
      expect(workers()).toBe(1);
      const bytes = new TextEncoder().encode(DRAFT);
      // One worker holds two files: the one it lints and the next.
      const first = [pool.lint('a.txt', bytes), pool.lint('b.txt', bytes)];
      expect(workers()).toBe(1);
      const third = pool.lint('c.txt', bytes);
      expect(workers()).toBe(2);
      const outcomes = await Promise.all([...first, third]);
      expect(outcomes.map((o) => o.kind)).toEqual(['linted', 'linted', 'linted']);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
