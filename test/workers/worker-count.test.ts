import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { workerCount } from '../../src/lint.js';

describe('workerCount (--concurrency)', () => {
  it('auto: the main thread for up to a hundred files, then one worker per core', () => {
    expect(workerCount('auto', 1)).toBe(0);
    expect(workerCount('auto', 100)).toBe(0);
    expect(workerCount('auto', 101)).toBe(availableParallelism() > 1 ? availableParallelism() : 0);
  });

  it('a number of workers, never more than the files; 1 is the main thread', () => {
    expect(workerCount(2, 1000)).toBe(2);
    expect(workerCount(4, 3)).toBe(3);
    expect(workerCount(4, 1)).toBe(0);
    expect(workerCount(2, 0)).toBe(0);
    expect(workerCount(1, 1000)).toBe(0);
  });
});
