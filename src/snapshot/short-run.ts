// A run from the snapshot that lints a few short drafts is over in tens of milliseconds,
// before V8's optimising compiler (TurboFan) can pay for itself: it compiles hot
// functions on the second core, and the process then waits at exit for the compile jobs
// still running. Measured on the 2-core bench machine, child process alone, 30 paired
// rounds: one ~1 KB draft 397 -> 365 ms with optimisation off (faster in 30 of 30);
// 50 drafts (~45 KB) +1 %; 100 drafts +8 %. So it is turned off below SHORT_RUN_BYTES.
import { namedFilesSize } from './named-files.js';

/** Total size of the named drafts up to which a run counts as short. */
export const SHORT_RUN_BYTES = 24 * 1024;

/**
 * Whether `args` (the CLI's arguments) name only regular files, together no larger than
 * SHORT_RUN_BYTES. A folder or a glob may stand for any number of drafts: not short.
 * Standard input counts as one draft.
 */
export function isShortRun(args: string[]): boolean {
  const bytes = namedFilesSize(args, SHORT_RUN_BYTES);
  return bytes !== undefined && bytes <= SHORT_RUN_BYTES;
}
