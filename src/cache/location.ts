import { statSync } from 'node:fs';
import path from 'node:path';

export const DEFAULT_CACHE_FILE = '.replylintcache';

/** `--cache-location`: a file, or a folder to hold `.replylintcache`. */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  if (!location) return path.join(cwd, DEFAULT_CACHE_FILE);
  const resolved = path.resolve(cwd, location);
  return /[\\/]$/.test(location) || isFolder(resolved)
    ? path.join(resolved, DEFAULT_CACHE_FILE)
    : resolved;
}

/** Whether `file` is a folder; not when it cannot be looked at (saving it then says why). */
function isFolder(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}
