import type { Draft, Helpdesk } from '../types.js';
import { collectionDrafts } from './collections/index.js';
import { conversationDrafts } from './conversation.js';
import type { DataNode } from './data.js';
import { decode } from './decode.js';
import { emlDrafts } from './eml.js';
import type { DraftDefaults } from './format.js';
import { type FormatInfo, formatFor, HELPDESK_FORMATS } from './formats.js';
import { htmlDrafts } from './html-format.js';
import { parseJsonData } from './json-data.js';
import { markdownDrafts } from './markdown.js';
import { type SourceText, sourceText } from './origin.js';
import { plainTextDrafts } from './plain-text.js';
import { parseYamlData } from './yaml-data.js';

export type { DraftDefaults } from './format.js';
export { NothingToLint } from './format.js';

type Extract = (file: string, source: SourceText, defaults: DraftDefaults) => Draft[];

/** JSON for .json files, YAML for everything else (JSON is YAML too). */
function parseData(file: string, source: SourceText): DataNode {
  return /\.json$/i.test(file) ? parseJsonData(source) : parseYamlData(source);
}

function collection(only?: Helpdesk): Extract {
  return (file, source, defaults) =>
    collectionDrafts(file, source, parseData(file, source), defaults, only);
}

/** How each format (sources/formats.ts) reads a file's drafts. */
const EXTRACTORS: Record<string, Extract> = {
  text: plainTextDrafts,
  markdown: markdownDrafts,
  html: htmlDrafts,
  email: emlDrafts,
  conversation: (file, source, defaults) =>
    conversationDrafts(file, source, parseData(file, source), defaults),
  collection: collection(),
  ...Object.fromEntries(HELPDESK_FORMATS.map((helpdesk) => [helpdesk, collection(helpdesk)])),
};

function extract(file: string, text: string, defaults: DraftDefaults, format?: FormatInfo) {
  const name = (format ?? formatFor(file)).name;
  const extractor = EXTRACTORS[name];
  if (!extractor) throw new Error(`no reader for the ${name} format`);
  return extractor(file, sourceText(text), defaults);
}

/** Decodes bytes already read and extracts their drafts (the cache and --fix hold the bytes). */
export function draftsFromBytes(
  file: string,
  bytes: Uint8Array,
  defaults: DraftDefaults,
  format?: FormatInfo,
): Draft[] {
  return extract(file, decode(bytes).text, defaults, format);
}

/** Drafts from text already in memory (programmatic use, tests). */
export function draftsFromText(
  file: string,
  text: string,
  defaults: DraftDefaults,
  format?: FormatInfo,
): Draft[] {
  return extract(file, text, defaults, format);
}
