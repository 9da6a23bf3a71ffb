import { readFileSync } from 'node:fs';
import type { Draft, Helpdesk } from '../types.js';
import { collectionDrafts } from './collections/index.js';
import { conversationDrafts } from './conversation.js';
import type { DataNode } from './data.js';
import { decode } from './decode.js';
import { emlDrafts } from './eml.js';
import type { DraftDefaults, SourceFormat } from './format.js';
import { htmlDrafts } from './html-format.js';
import { parseJsonData } from './json-data.js';
import { markdownDrafts } from './markdown.js';
import { type SourceText, sourceText } from './origin.js';
import { plainTextDrafts } from './plain-text.js';
import { parseYamlData } from './yaml-data.js';

export type { DraftDefaults, SourceFormat } from './format.js';
export { NothingToLint } from './format.js';
export { SourceError } from './source-error.js';

/** JSON for .json files, YAML for everything else (JSON is YAML too). */
function parseData(file: string, source: SourceText): DataNode {
  return /\.json$/i.test(file) ? parseJsonData(source) : parseYamlData(source);
}

function collectionFormat(name: string, extensions: string[], only?: Helpdesk): SourceFormat {
  return {
    name,
    extensions,
    extract: (file, source, defaults) =>
      collectionDrafts(file, source, parseData(file, source), defaults, only),
  };
}

/** Every format, by the file name endings it claims (the longest match wins). */
export const FORMATS: SourceFormat[] = [
  { name: 'text', extensions: ['.txt', '.text'], extract: plainTextDrafts },
  { name: 'markdown', extensions: ['.md', '.markdown'], extract: markdownDrafts },
  { name: 'html', extensions: ['.html', '.htm'], extract: htmlDrafts },
  { name: 'email', extensions: ['.eml'], extract: emlDrafts },
  {
    name: 'conversation',
    extensions: ['.reply.yaml', '.reply.yml', '.reply.json'],
    extract: (file, source, defaults) =>
      conversationDrafts(file, source, parseData(file, source), defaults),
  },
  collectionFormat('collection', ['.json', '.yaml', '.yml']),
  collectionFormat('zendesk', [], 'zendesk'),
  collectionFormat('helpscout', [], 'helpscout'),
  collectionFormat('freshdesk', [], 'freshdesk'),
  collectionFormat('intercom', [], 'intercom'),
  collectionFormat('gorgias', [], 'gorgias'),
  collectionFormat('front', [], 'front'),
];

export const FORMAT_NAMES: readonly string[] = FORMATS.map((f) => f.name);

const PLAIN_TEXT = FORMATS[0] as SourceFormat;

export function formatNamed(name: string): SourceFormat | undefined {
  return FORMATS.find((f) => f.name === name);
}

/** The format claiming a path by its longest matching extension, if any. */
export function formatByExtension(file: string): SourceFormat | undefined {
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
  return best;
}

/** The format for a path by extension; plain text when none claims it. */
export function formatFor(file: string): SourceFormat {
  return formatByExtension(file) ?? PLAIN_TEXT;
}

/**
 * Reads a file ('-' for stdin) and extracts its drafts with `format` (by
 * extension when not given). Throws on unreadable input, DecodeError for
 * binary files, SourceError for malformed JSON/YAML, NothingToLint when the
 * file holds no replies.
 */
export async function readDrafts(
  file: string,
  defaults: DraftDefaults,
  format?: SourceFormat,
): Promise<Draft[]> {
  return draftsFromBytes(file, await readInput(file), defaults, format);
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
  format?: SourceFormat,
): Draft[] {
  const { text } = decode(bytes);
  return (format ?? formatFor(file)).extract(file, sourceText(text), defaults);
}

/** Drafts from text already in memory (programmatic use, tests). */
export function draftsFromText(
  file: string,
  text: string,
  defaults: DraftDefaults,
  format?: SourceFormat,
): Draft[] {
  return (format ?? formatFor(file)).extract(file, sourceText(text), defaults);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
