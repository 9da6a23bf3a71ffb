import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { workerCount } from '../../src/lint.js';

describe('workerCount (--concurrency, --timeout)', () => {
  it('auto: one worker for a few files, one per core above a hundred', () => {
    expect(workerCount('auto', 1, 10_000)).toBe(1);
    expect(workerCount('auto', 100, 10_000)).toBe(1);
    expect(workerCount('auto', 101, 10_000)).toBe(availableParallelism());
  });

  it('a number of workers, never more than the files', () => {
    expect(workerCount(2, 1000, 10_000)).toBe(2);
    expect(workerCount(4, 3, 10_000)).toBe(3);
    expect(workerCount(2, 0, 10_000)).toBe(0);
  });

  it('lints in the main thread only with one thread and no time budget', () => {
    expect(workerCount(1, 1000, 10_000)).toBe(1);
    expect(workerCount(1, 1000, 0)).toBe(0);
    expect(workerCount('auto', 5, 0)).toBe(0);
    expect(workerCount(2, 1000, 0)).toBe(2);
  });
});
