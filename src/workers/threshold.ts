import { availableParallelism } from 'node:os';

/**
 * `--concurrency auto` uses one worker per core above this many files. Each worker loads
 * replylint and compromise and warms its JIT on its own (about a second of CPU), while
 * one thread started from the snapshot has them ready. On the 2-core bench machine, one
 * thread from the snapshot beat two workers up to ~450 files (paired, 4-6 rounds: 200
 * files 2.0 vs 2.5 s, 300 files 2.4 vs 2.6 s, 500 files 3.9 vs 3.8 s); with more cores
 * workers pay off sooner.
 */
export function filesForWorkers(cores: number = availableParallelism()): number {
  return cores <= 2 ? 300 : 100;
}
