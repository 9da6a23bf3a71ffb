// A run from the snapshot that lints a few short drafts is over in tens of milliseconds,
// before V8's optimising compiler (TurboFan) can pay for itself: it compiles hot
// functions on the second core, and the process then waits at exit for the compile jobs
// still running. Measured on the 2-core bench machine, child process alone, 30 paired
// rounds: one ~1 KB draft 397 -> 365 ms with optimisation off (faster in 30 of 30);
// 50 drafts (~45 KB) +1 %; 100 drafts +8 %. So it is turned off below SHORT_RUN_BYTES.
import { statSync } from 'node:fs';
import { isDynamicPattern } from 'tinyglobby';

/** Total size of the named drafts up to which a run counts as short. */
export const SHORT_RUN_BYTES = 24 * 1024;

/**
 * Whether `args` (the CLI's arguments) name only regular files, together no larger than
 * SHORT_RUN_BYTES. A folder or a glob may stand for any number of drafts: not short.
 * Arguments that name nothing are option values (`json` in `--format json`) or missing
 * files, which the run reports: they add no work. Standard input counts as one draft.
 */
export function isShortRun(args: string[]): boolean {
  let bytes = 0;
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    let size: number;
    try {
      const stat = statSync(arg);
      if (!stat.isFile()) return false;
      size = stat.size;
    } catch {
      if (isDynamicPattern(arg)) return false;
      continue;
    }
    bytes += size;
    if (bytes > SHORT_RUN_BYTES) return false;
  }
  return true;
}
