import { statSync } from 'node:fs';
import path from 'node:path';

export const DEFAULT_CACHE_FILE = '.replylintcache';

/** `--cache-location`: a file, or a folder to hold `.replylintcache`. */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  if (!location) return path.join(cwd, DEFAULT_CACHE_FILE);
  const resolved = path.resolve(cwd, location);
  const isFolder =
    /[\\/]$/.test(location) || statSync(resolved, { throwIfNoEntry: false })?.isDirectory();
  return isFolder ? path.join(resolved, DEFAULT_CACHE_FILE) : resolved;
}
