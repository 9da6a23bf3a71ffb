import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decode, encode } from '../sources/decode.js';
import type { Draft, FileError, FileFix, Result } from '../types.js';
import { unifiedDiff } from './diff.js';
import { fixSource } from './fix-source.js';
import { writeAtomically } from './write.js';

export interface FixFileInput {
  /** The file as reported. */
  file: string;
  /** Where it is on disk, when `file` is relative to another directory than the process's. */
  location?: string;
  /** The bytes that were linted. */
  bytes: Uint8Array;
  drafts: Draft[];
  results: Result[];
  extract(source: string): Draft[];
  lint(drafts: Draft[]): Promise<Result[]>;
  /** true rewrites the file; 'dry-run' only reports the diff. */
  mode: true | 'dry-run';
}

export interface FixFileOutcome {
  /** The results to report: of the fixed text, or the original ones when nothing was written. */
  results: Result[];
  fix?: FileFix;
  error?: FileError;
  /** The bytes written, when the file was rewritten. */
  written?: Uint8Array;
}

/**
 * --fix / --fix-dry-run for one file: fix in memory, then write the file back
 * atomically in its own encoding, BOM and line endings (or only make the diff).
 * A file that changed on disk since it was read is left alone.
 */
export async function fixFile(input: FixFileInput): Promise<FixFileOutcome> {
  const { file, bytes, results } = input;
  const decoded = decode(bytes);
  const outcome = await fixSource({
    source: decoded.text,
    drafts: input.drafts,
    results,
    extract: input.extract,
    lint: input.lint,
  });
  if (outcome.applied.length === 0) {
    if (!outcome.skipped) return { results };
    return {
      results,
      fix: { file, applied: [], skipped: outcome.skipped, diff: '', written: false },
    };
  }
  const fix: FileFix = {
    file,
    applied: outcome.applied,
    skipped: outcome.skipped,
    diff: unifiedDiff(displayPath(file), decoded.text, outcome.source),
    written: false,
  };
  if (input.mode === 'dry-run') return { results: outcome.results, fix };
  const written = encode(outcome.source, decoded);
  try {
    const current = await readFile(input.location ?? file);
    if (!current.equals(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) {
      return {
        results,
        error: { file, message: 'changed on disk while it was being fixed; not rewritten' },
      };
    }
    await writeAtomically(input.location ?? file, written);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return {
      results,
      error: { file, message: `could not write the fixes: ${e.message?.split('\n')[0] ?? e}` },
    };
  }
  return { results: outcome.results, fix: { ...fix, written: true }, written };
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative && !relative.startsWith('..') ? relative.split(path.sep).join('/') : file;
}
