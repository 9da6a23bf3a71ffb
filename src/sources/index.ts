import { readFileSync } from 'node:fs';
import type { Draft } from '../types.js';
import { decode } from './decode.js';
import type { DraftDefaults, SourceFormat } from './format.js';
import { sourceText } from './origin.js';
import { plainTextDrafts } from './plain-text.js';

export type { DraftDefaults, SourceFormat } from './format.js';

export const FORMATS: SourceFormat[] = [
  { name: 'text', extensions: ['.txt', '.text'], extract: plainTextDrafts },
];

const PLAIN_TEXT = FORMATS[0] as SourceFormat;

/** The format for a path by its longest matching extension; plain text when none claims it. */
export function formatFor(file: string): SourceFormat {
  const lower = file.toLowerCase();
  let best: SourceFormat | undefined;
  let bestLength = 0;
  for (const format of FORMATS) {
    for (const ext of format.extensions) {
      if (lower.endsWith(ext) && ext.length > bestLength) {
        best = format;
        bestLength = ext.length;
      }
    }
  }
  return best ?? PLAIN_TEXT;
}

/** Reads a file ('-' for stdin) and extracts its drafts. Throws on unreadable input. */
export async function readDrafts(
  file: string,
  defaults: DraftDefaults,
  stdinPath?: string,
): Promise<Draft[]> {
  return draftsFromBytes(file, await readInput(file), defaults, stdinPath);
}

/**
 * The bytes of a file, or of standard input for '-'. Files are read synchronously:
 * drafts are small and linted one after another, and fs/promises' per-file round
 * trips through the thread pool would dominate a run of cache hits.
 */
export async function readInput(file: string): Promise<Uint8Array> {
  return file === '-' ? readStdin() : readFileSync(file);
}

/** Decodes bytes already read and extracts their drafts (the cache and --fix hold the bytes). */
export function draftsFromBytes(
  file: string,
  bytes: Uint8Array,
  defaults: DraftDefaults,
  stdinPath?: string,
): Draft[] {
  const { text } = decode(bytes);
  const format = formatFor(file === '-' ? (stdinPath ?? '-') : file);
  return format.extract(file, sourceText(text), defaults);
}

/** Drafts from text already in memory (programmatic use, tests). */
export function draftsFromText(file: string, text: string, defaults: DraftDefaults): Draft[] {
  return formatFor(file).extract(file, sourceText(text), defaults);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
