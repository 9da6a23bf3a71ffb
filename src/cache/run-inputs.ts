import { readdirSync, statSync } from 'node:fs';
import { statSignature } from './signature.js';

/**
 * Everything a recorded `--cache` run read from disk, each as it was before the run
 * read it. While all of it is unchanged, the run's output is too (src/cache/replay.ts).
 */
export interface RunInputs {
  /**
   * Files, and places where a file would change the run if one appeared (a config, an
   * ignore file). Two parallel lists rather than one object keyed by path: a replay
   * parses them from the cache file's header, and thousands of object keys cost a
   * warm run milliseconds that plain lists do not.
   */
  paths: string[];
  /** What was at each of `paths`: a file's stat signature, 'dir' for a folder, null for nothing. */
  states: Array<string | null>;
  /** Folders that were searched for drafts, with the names in them (see folderListing). */
  folders: Record<string, string>;
}

const NO_THROW = { throwIfNoEntry: false } as const;

/**
 * What is at `file` now: a file's stat signature (followed through symbolic links), 'dir',
 * null for nothing, or '!CODE' when it cannot be looked at. Undefined for a file changed
 * within the last two seconds, whose stat cannot yet tell a later change (signature.ts).
 */
export function pathState(file: string, now = Date.now()): string | null | undefined {
  try {
    const stats = statSync(file, NO_THROW);
    if (!stats) return null;
    return stats.isDirectory() ? 'dir' : statSignature(stats, now);
  } catch (error) {
    return `!${(error as NodeJS.ErrnoException).code ?? 'ERROR'}`;
  }
}

/**
 * The names in a folder that the expansion of a folder could lint: not hidden ones,
 * which it skips (the default cache file `.replylintcache` and its temporary files are
 * among them, so saving the cache does not change the listing of the folder it is in).
 * Undefined if the folder cannot be read.
 */
export function folderListing(folder: string): string | undefined {
  try {
    return readdirSync(folder)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .join('\0');
  } catch {
    return undefined;
  }
}

/** Whether every input of a recorded run is as it was when the run was recorded. */
export function inputsUnchanged(inputs: RunInputs): boolean {
  const now = Date.now();
  const { paths, states } = inputs;
  // A header of another layout (only another build writes one, and its tag differs) is no match.
  if (!Array.isArray(paths) || !Array.isArray(states) || paths.length !== states.length) {
    return false;
  }
  for (let i = 0; i < paths.length; i++) {
    if (pathState(paths[i] as string, now) !== states[i]) return false;
  }
  for (const [folder, listing] of Object.entries(inputs.folders)) {
    if (folderListing(folder) !== listing) return false;
  }
  return true;
}
