// Config globs (overrides' `files`, `formats`, `templates`, `collections`), matched
// against a file's path relative to the config file's folder, as ESLint does.
import path from 'node:path';
import picomatch from 'picomatch';

const compiled = new Map<string, (relative: string) => boolean>();

/**
 * One glob, compiled once per process (not once per file). One without a slash matches
 * the file's name in any folder ("*.md"); a leading "./" is the config's own folder.
 */
export function globMatches(glob: string): (relative: string) => boolean {
  let matches = compiled.get(glob);
  if (!matches) {
    matches = picomatch(glob, { dot: true, basename: !glob.includes('/') });
    compiled.set(glob, matches);
  }
  return matches;
}

/** `absolute` relative to `dir`, with forward slashes; undefined when it lies outside `dir`. */
export function relativeInside(dir: string, absolute: string): string | undefined {
  const relative = path.relative(dir, absolute).split(path.sep).join('/');
  const outside = relative === '..' || relative.startsWith('../') || path.isAbsolute(relative);
  return outside ? undefined : relative;
}
