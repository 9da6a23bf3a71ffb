// What a run's arguments name, as the launcher and the snapshot process see it before
// the CLI expands them: both choose a faster way to run (the snapshot for a --cache run;
// no optimising compiler for a short run) only when the arguments are plain files.
import { statSync } from 'node:fs';

/**
 * Glob syntax, roughly as tinyglobby reads it. Loading tinyglobby (with picomatch) to ask
 * would cost the launcher milliseconds on every run; a pattern this misses counts as a
 * missing file, which only costs the faster way, never an answer.
 */
const GLOB_CHARACTERS = /[*?[\]{}]|^!|[@+!]\(/;

/**
 * The total size of the regular files `args` (the CLI's arguments) name, or undefined if
 * one may stand for any number of drafts (a folder, a glob) or is no regular file.
 * Options are skipped; other arguments that name nothing are option values (`json` in
 * `--format json`) or missing files, which the run reports: they add nothing. Standard
 * input (`-`) adds nothing either. Stops adding once the total passes `limit`.
 */
export function namedFilesSize(args: readonly string[], limit = Infinity): number | undefined {
  let bytes = 0;
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    let size: number;
    try {
      const stat = statSync(arg);
      if (!stat.isFile()) return undefined;
      size = stat.size;
    } catch {
      if (GLOB_CHARACTERS.test(arg)) return undefined;
      continue;
    }
    bytes += size;
    if (bytes > limit) return bytes;
  }
  return bytes;
}
