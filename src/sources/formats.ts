// Which files each format claims, by name and file-name ending. Kept apart from the
// readers (sources/index.ts, with the Markdown, HTML, JSON and YAML parsers) so that
// choosing a file's format, validating config and a run answered from the cache load
// no parser.
import type { Helpdesk } from '../types.js';

/** A file format as config and file selection see it: its name and the endings it claims. */
export interface FormatInfo {
  name: string;
  /** File name endings it claims, e.g. ".txt", ".reply.yaml". */
  extensions: readonly string[];
}

/** The collection formats that read one helpdesk's export only (claimed by config, not by ending). */
export const HELPDESK_FORMATS: readonly Helpdesk[] = [
  'zendesk',
  'helpscout',
  'freshdesk',
  'intercom',
  'gorgias',
  'front',
];

/** Every format, by the file name endings it claims (the longest match wins). */
export const FORMAT_INFOS: readonly FormatInfo[] = [
  { name: 'text', extensions: ['.txt', '.text'] },
  { name: 'markdown', extensions: ['.md', '.markdown'] },
  { name: 'html', extensions: ['.html', '.htm'] },
  { name: 'email', extensions: ['.eml'] },
  { name: 'conversation', extensions: ['.reply.yaml', '.reply.yml', '.reply.json'] },
  { name: 'collection', extensions: ['.json', '.yaml', '.yml'] },
  ...HELPDESK_FORMATS.map((name) => ({ name, extensions: [] })),
];

export const FORMAT_NAMES: readonly string[] = FORMAT_INFOS.map((f) => f.name);

export const PLAIN_TEXT = FORMAT_INFOS[0] as FormatInfo;

export function formatNamed(name: string): FormatInfo | undefined {
  return FORMAT_INFOS.find((f) => f.name === name);
}

/** The format claiming a path by its longest matching extension, if any. */
export function formatByExtension(file: string): FormatInfo | undefined {
  const lower = file.toLowerCase();
  let best: FormatInfo | undefined;
  let bestLength = 0;
  for (const format of FORMAT_INFOS) {
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
export function formatFor(file: string): FormatInfo {
  return formatByExtension(file) ?? PLAIN_TEXT;
}
