/**
 * `--concurrency auto` uses one worker per core above this many files. Each
 * worker loads replylint and compromise and warms its JIT on its own (about a
 * second of CPU on the 2-core bench machine), which a hundred drafts pay back.
 */
export const FILES_FOR_WORKERS = 100;
