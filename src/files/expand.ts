import { existsSync, readFileSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { readErrorMessage } from '../util/fs-errors.js';

// Turns the command line's paths into files to lint, like ESLint: files as
// given, directories searched recursively, globs expanded; .replylintignore
// and --ignore-pattern leave files out. A pattern that finds no lintable file
// is reported, so a typo in CI does not pass silently. Symbolic links are
// followed only when named on the command line: a directory or glob never
// leads outside the given roots (nor round a symlink loop).

export const IGNORE_FILE = '.replylintignore';

/** Folders never searched: dependencies and version control. */
export const NEVER_SEARCHED = ['node_modules', '.git'];
const ALWAYS_IGNORED = NEVER_SEARCHED.map((name) => `**/${name}/**`);

export interface ExpandOptions {
  cwd: string;
  /** --ignore-pattern values (gitignore syntax, relative to cwd). */
  ignorePatterns?: readonly string[];
  /** Read .replylintignore in cwd (default true). */
  useIgnoreFile?: boolean;
  /** Whether replylint has a format for a file found under a directory or glob. */
  isLintable(file: string): Promise<boolean>;
}

export interface Target {
  /** As given on the command line, or as found under a directory. */
  file: string;
  /** The command-line argument that found it. */
  pattern: string;
  /** Its stat, for a file named on the command line (stat'ed to tell it from a folder). */
  stats?: Stats;
}

export interface Expansion {
  targets: Target[];
  /** Patterns that matched no lintable file, with why. */
  unmatched: Array<{ pattern: string; message: string }>;
  /** Files left out, with why (ignored, unknown format). */
  skipped: Array<{ file: string; reason: string }>;
}

export async function expandPatterns(
  patterns: readonly string[],
  options: ExpandOptions,
): Promise<Expansion> {
  const ignored = ignoreMatcher(options);
  const isIgnored = (file: string) => {
    const relative = path.relative(options.cwd, path.resolve(options.cwd, file));
    if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    return ignored.ignores(relative.split(path.sep).join('/'));
  };
  const expansion: Expansion = { targets: [], unmatched: [], skipped: [] };
  const seen = new Set<string>();
  const add = (file: string, pattern: string, stats?: Stats) => {
    const key = file === '-' ? '-' : path.resolve(options.cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    expansion.targets.push({ file, pattern, ...(stats && { stats }) });
  };

  for (const pattern of patterns) {
    if (pattern === '-') {
      add('-', pattern);
      continue;
    }
    const { kind, problem, stats } = kindOf(path.resolve(options.cwd, pattern));
    if (kind === 'file') {
      // A file named explicitly: ignored files are noted; one without an extension is plain text.
      if (isIgnored(pattern)) {
        expansion.skipped.push({ file: pattern, reason: `ignored by ${ignoreSources(options)}` });
      } else if ((await options.isLintable(pattern)) || !path.extname(pattern)) {
        add(pattern, pattern, stats);
      } else {
        expansion.unmatched.push({
          pattern,
          message: 'no format for this file type (name one with `formats` in config)',
        });
      }
      continue;
    }
    let found: string[];
    if (kind === 'directory') {
      const relative = await glob('**/*', {
        cwd: path.resolve(options.cwd, pattern),
        ignore: ALWAYS_IGNORED,
        dot: false,
        onlyFiles: true,
        followSymbolicLinks: false,
        expandDirectories: false,
      });
      found = relative.sort(byPath).map((r) => joinAsGiven(pattern, r));
    } else if (isDynamicPattern(pattern)) {
      found = (
        await glob(pattern, {
          cwd: options.cwd,
          ignore: ALWAYS_IGNORED,
          dot: false,
          onlyFiles: true,
          followSymbolicLinks: false,
          expandDirectories: false,
        })
      ).sort(byPath);
    } else {
      expansion.unmatched.push({ pattern, message: problem ?? 'no such file' });
      continue;
    }
    let lintable = 0;
    let ignoredCount = 0;
    for (const file of found) {
      if (isIgnored(file)) {
        ignoredCount++;
        continue;
      }
      if (!(await options.isLintable(file))) {
        // Under a directory, files of other kinds are expected; a glob that names one is worth a note.
        if (kind !== 'directory') {
          expansion.skipped.push({ file, reason: 'no format for this file type; skipped' });
        }
        continue;
      }
      lintable++;
      add(file, pattern);
    }
    if (lintable === 0) {
      expansion.unmatched.push({
        pattern,
        message:
          ignoredCount > 0
            ? `all files matched by "${pattern}" are ignored`
            : kind === 'directory'
              ? 'no lintable files in this directory'
              : 'no files match this pattern',
      });
    }
  }
  return expansion;
}

function ignoreMatcher(options: ExpandOptions): Ignore {
  const matcher = ignore();
  if (options.useIgnoreFile !== false) {
    const file = path.join(options.cwd, IGNORE_FILE);
    if (existsSync(file)) matcher.add(readFileSync(file, 'utf8'));
  }
  matcher.add([...(options.ignorePatterns ?? [])]);
  return matcher;
}

function ignoreSources(options: ExpandOptions): string {
  return options.ignorePatterns?.length ? `${IGNORE_FILE} or --ignore-pattern` : IGNORE_FILE;
}

/**
 * Synchronous, like reading the files: a CI run names thousands of files, and a
 * thread-pool round trip per file costs more than the stat itself.
 */
function kindOf(absolute: string): {
  kind: 'file' | 'directory' | 'missing';
  problem?: string;
  stats?: Stats;
} {
  try {
    const stats = statSync(absolute);
    return stats.isDirectory() ? { kind: 'directory' } : { kind: 'file', stats };
  } catch (error) {
    return { kind: 'missing', problem: readErrorMessage(error) };
  }
}

/** "macros" + "zendesk/a.json" → "macros/zendesk/a.json", keeping the prefix as typed. */
function joinAsGiven(dir: string, relative: string): string {
  const rel = relative.split('/').join(path.sep);
  if (dir === '.' || dir === `.${path.sep}` || dir === './') return rel;
  return dir.endsWith('/') || dir.endsWith(path.sep) ? `${dir}${rel}` : `${dir}${path.sep}${rel}`;
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
