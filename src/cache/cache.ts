import { readFileSync, type Stats, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomically } from '../fix/write.js';
import type { Result } from '../types.js';

/** The results of one file, as cached (without the source text, which the file gives back). */
type CachedResult = Omit<Result, 'source'>;

interface Entry {
  /** sha256 of the file's bytes. */
  content: string;
  /** The file's stat signature when those bytes were read (see statSignature), if trusted. */
  stat?: string;
  /** sha256 of everything that decides the findings: config, rules, flags. */
  config: string;
  results: CachedResult[];
}

interface CacheFile {
  replylint: string;
  entries: Record<string, Entry>;
}

export const DEFAULT_CACHE_FILE = '.replylintcache';

/**
 * `--cache`: the findings of each file, keyed by the file's content, the
 * effective config and replylint's build, so an unchanged file is reported
 * again without being read by the NLP library at all. A file whose stat is
 * unchanged since it was hashed is not even read. One JSON file; a missing,
 * unreadable or foreign cache is simply empty.
 */
export class LintCache {
  private dirty = false;

  private constructor(
    readonly location: string,
    private readonly tag: string,
    private readonly entries: Record<string, Entry>,
  ) {}

  static async open(location: string, tag: string): Promise<LintCache> {
    let entries: Record<string, Entry> = {};
    try {
      // Read in one call: fs/promises reads a big file in chunks through a string decoder.
      const parsed = JSON.parse(readFileSync(location, 'utf8')) as Partial<CacheFile>;
      if (parsed.replylint === tag && parsed.entries && typeof parsed.entries === 'object') {
        entries = parsed.entries;
      }
    } catch {
      // No cache yet, or one we cannot read: start empty.
    }
    return new LintCache(location, tag, entries);
  }

  /**
   * The content hash recorded for a file whose stat signature is unchanged since its
   * bytes were hashed (as git's index does): no need to read and hash it again.
   */
  contentFor(file: string, signature: string | undefined): string | undefined {
    const entry = this.entries[path.resolve(file)];
    return signature !== undefined && entry?.stat === signature ? entry.content : undefined;
  }

  get(file: string, content: string, config: string): CachedResult[] | undefined {
    const entry = this.entries[path.resolve(file)];
    if (!entry || entry.content !== content || entry.config !== config) return undefined;
    return Array.isArray(entry.results) ? entry.results : undefined;
  }

  set(
    file: string,
    content: string,
    config: string,
    results: readonly Result[],
    signature?: string,
  ): void {
    this.entries[path.resolve(file)] = {
      content,
      ...(signature !== undefined && { stat: signature }),
      config,
      results: results.map(({ source: _source, ...rest }) => rest),
    };
    this.dirty = true;
  }

  /** Records a new stat signature for a file whose bytes proved unchanged (touched, checked out). */
  restat(file: string, signature: string): void {
    const entry = this.entries[path.resolve(file)];
    if (!entry || entry.stat === signature) return;
    entry.stat = signature;
    this.dirty = true;
  }

  /** Writes the cache (atomically) if anything changed. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    const data: CacheFile = { replylint: this.tag, entries: this.entries };
    await mkdir(path.dirname(this.location), { recursive: true });
    await writeAtomically(this.location, Buffer.from(JSON.stringify(data)));
    this.dirty = false;
  }
}

/** How long after a change a file's stat is not trusted to tell a later change (coarse clocks). */
const RACY_MS = 2000;

/**
 * What tells a file's bytes changed without reading them: size, inode, and the times
 * of its last write and last change (ctime, which no tool can set back). Undefined
 * for a file changed within the last two seconds, which a change in the same clock
 * tick could leave with the same signature (git's "racily clean" case): such a file
 * is read and hashed again next time.
 */
export function statSignature(stats: Stats, now = Date.now()): string | undefined {
  if (Math.max(stats.mtimeMs, stats.ctimeMs) > now - RACY_MS) return undefined;
  return `${stats.size}:${stats.ino}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

/** `--cache-location`: a file, or a folder to hold `.replylintcache`. */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  if (!location) return path.join(cwd, DEFAULT_CACHE_FILE);
  const resolved = path.resolve(cwd, location);
  const isFolder =
    /[\\/]$/.test(location) || statSync(resolved, { throwIfNoEntry: false })?.isDirectory();
  return isFolder ? path.join(resolved, DEFAULT_CACHE_FILE) : resolved;
}
