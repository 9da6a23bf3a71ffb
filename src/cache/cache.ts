import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomically } from '../fix/write.js';
import type { Result } from '../types.js';
import { readErrorMessage } from '../util/fs-errors.js';
import { cacheTag } from './build-tag.js';
import {
  type CacheHeader,
  decodeCacheFile,
  encodeCacheFile,
  type RunHeader,
} from './cache-file.js';

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

/** A recorded run (see src/cache/replay.ts): its header and its output, stdout then stderr. */
export interface RecordedRun {
  header: RunHeader;
  output: Buffer;
}

/**
 * `--cache`: the findings of each file, keyed by the file's content, the
 * effective config and replylint's build, so an unchanged file is reported
 * again without being read by the NLP library at all. A file whose stat is
 * unchanged since it was hashed is not even read. The file also holds the last
 * recorded run, which the launcher replays while nothing it read has changed
 * (cache-file.ts has the layout). A missing, unreadable or foreign cache is
 * simply empty.
 */
export class LintCache {
  private dirty = false;

  private constructor(
    readonly location: string,
    private readonly tag: string,
    private readonly entries: Record<string, Entry>,
    private run: RecordedRun | undefined,
  ) {}

  static async open(location: string): Promise<LintCache> {
    const tag = cacheTag();
    let entries: Record<string, Entry> = {};
    let run: RecordedRun | undefined;
    try {
      // Read in one call: fs/promises reads a big file in chunks through a string decoder.
      const file = decodeCacheFile(readFileSync(location));
      if (file?.header.replylint === tag) {
        const parsed = JSON.parse(file.entries) as unknown;
        if (parsed && typeof parsed === 'object') entries = parsed as Record<string, Entry>;
        if (file.header.run) run = { header: file.header.run, output: file.output };
      }
    } catch {
      // No cache yet, or one we cannot read: start empty.
    }
    return new LintCache(location, tag, entries, run);
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

  /** The recorded run, if any. */
  get recordedRun(): RecordedRun | undefined {
    return this.run;
  }

  /** Records a run to replay (replacing the last one), or forgets the last one. */
  recordRun(run: RecordedRun | undefined): void {
    if (!run && !this.run) return;
    this.run = run;
    this.dirty = true;
  }

  /** Saves the cache; if it cannot, says why through `warn` (the run goes on). */
  async saveOrWarn(warn: (message: string) => void): Promise<void> {
    await this.save().catch((error: Error) => {
      warn(`could not save the cache ${this.location}: ${readErrorMessage(error)}`);
    });
  }

  /** Writes the cache (atomically) if anything changed. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    const entries = Buffer.from(JSON.stringify(this.entries));
    const header: CacheHeader = {
      replylint: this.tag,
      entries: entries.length,
      ...(this.run && { run: this.run.header }),
    };
    await mkdir(path.dirname(this.location), { recursive: true });
    await writeAtomically(this.location, encodeCacheFile(header, entries, this.run?.output));
    this.dirty = false;
  }
}
