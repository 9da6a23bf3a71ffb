import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { workerCount } from '../../src/lint.js';
import { filesForWorkers } from '../../src/workers/threshold.js';

describe('workerCount (--concurrency)', () => {
  it('auto: the main thread up to filesForWorkers(), then one worker per core', () => {
    const most = filesForWorkers();
    expect(workerCount('auto', 1)).toBe(0);
    expect(workerCount('auto', most)).toBe(0);
    expect(workerCount('auto', most + 1)).toBe(
      availableParallelism() > 1 ? availableParallelism() : 0,
    );
  });

  it('waits for more files on two cores or fewer, where one thread from the snapshot wins longer', () => {
    expect(filesForWorkers(1)).toBe(300);
    expect(filesForWorkers(2)).toBe(300);
    expect(filesForWorkers(4)).toBe(100);
  });

  it('a number of workers, never more than the files; 1 is the main thread', () => {
    expect(workerCount(2, 1000)).toBe(2);
    expect(workerCount(4, 3)).toBe(3);
    expect(workerCount(4, 1)).toBe(0);
    expect(workerCount(2, 0)).toBe(0);
    expect(workerCount(1, 1000)).toBe(0);
  });
});
