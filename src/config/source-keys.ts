import type { CollectionMapping } from '../sources/collections/mapping.js';
import { FORMAT_NAMES } from '../sources/formats.js';
import { CHANNELS, HELPDESKS, type Helpdesk } from '../types.js';
import { didYouMean } from '../util/suggest.js';
import { ConfigKeyError, readChannel } from './validate.js';

// Config keys that tell sources/ how to read files: formats by glob or
// extension, which files are templates, field mappings for other shapes.
// Globs are relative to the config file's directory; one without a "/"
// matches the file name anywhere below it.

type KeyPath = Array<string | number>;

export interface FormatRule {
  /** A glob, or an extension starting with "." */
  pattern: string;
  format: string;
}

export interface SourceMapping extends CollectionMapping {
  /** The files it applies to (globs). */
  files: string[];
}

/** `formats: { "*.macro": zendesk, ".snippet": markdown }` */
export function readFormats(value: unknown, keyPath: KeyPath): FormatRule[] {
  if (!isPlainObject(value))
    throw new ConfigKeyError('"formats" must map globs to a format name', keyPath);
  return Object.entries(value).map(([pattern, format]) => {
    if (typeof format !== 'string' || !FORMAT_NAMES.includes(format)) {
      throw new ConfigKeyError(
        `unknown format "${String(format)}"${didYouMean(String(format), FORMAT_NAMES)} (formats: ${FORMAT_NAMES.join(', ')})`,
        [...keyPath, pattern],
      );
    }
    return { pattern, format };
  });
}

/** `templates: ["snippets/**"]` or one glob. */
export function readTemplates(value: unknown, keyPath: KeyPath): string[] {
  return readGlobs(value, keyPath, '"templates"');
}

export function readHelpdesk(value: unknown, keyPath: KeyPath): Helpdesk {
  if (typeof value !== 'string' || !(HELPDESKS as readonly string[]).includes(value)) {
    throw new ConfigKeyError(
      `helpdesk must be one of ${HELPDESKS.join(', ')}${typeof value === 'string' ? didYouMean(value, HELPDESKS) : ''}`,
      keyPath,
    );
  }
  return value as Helpdesk;
}

const MAPPING_KEYS = ['files', 'list', 'title', 'id', 'body', 'bodyFormat', 'channel', 'helpdesk'];

/** `collections: [{ files, list, title, id, body, bodyFormat, channel, helpdesk }]` */
export function readCollections(value: unknown, keyPath: KeyPath): SourceMapping[] {
  if (!Array.isArray(value))
    throw new ConfigKeyError('"collections" must be a list of field mappings', keyPath);
  return value.map((entry, i) => readMapping(entry, [...keyPath, i]));
}

function readMapping(value: unknown, keyPath: KeyPath): SourceMapping {
  if (!isPlainObject(value))
    throw new ConfigKeyError('a collection mapping must be a mapping of keys', keyPath);
  for (const key of Object.keys(value)) {
    if (!MAPPING_KEYS.includes(key)) {
      throw new ConfigKeyError(
        `unknown key "${key}"${didYouMean(key, MAPPING_KEYS)} (keys: ${MAPPING_KEYS.join(', ')})`,
        [...keyPath, key],
      );
    }
  }
  if (value.files === undefined)
    throw new ConfigKeyError('a collection mapping needs "files" (globs)', keyPath);
  if (value.body === undefined)
    throw new ConfigKeyError(
      'a collection mapping needs "body" (the field holding the reply)',
      keyPath,
    );
  const mapping: SourceMapping = {
    files: readGlobs(value.files, [...keyPath, 'files'], '"files"'),
    body: readGlobs(value.body, [...keyPath, 'body'], '"body"'),
  };
  for (const key of ['list', 'title', 'id'] as const) {
    const v = value[key];
    if (v === undefined) continue;
    if (typeof v !== 'string')
      throw new ConfigKeyError(`"${key}" must be a field path`, [...keyPath, key]);
    mapping[key] = v;
  }
  if (value.bodyFormat !== undefined) {
    const formats = ['html', 'text', 'auto'];
    if (typeof value.bodyFormat !== 'string' || !formats.includes(value.bodyFormat)) {
      throw new ConfigKeyError('"bodyFormat" must be html, text or auto', [
        ...keyPath,
        'bodyFormat',
      ]);
    }
    mapping.bodyFormat = value.bodyFormat as 'html' | 'text' | 'auto';
  }
  if (value.channel !== undefined) {
    const channel = value.channel;
    if (isPlainObject(channel) && typeof channel.field === 'string') {
      mapping.channel = { field: channel.field };
    } else if (typeof channel === 'string') {
      mapping.channel = readChannel(channel, [...keyPath, 'channel']);
    } else {
      throw new ConfigKeyError(
        `"channel" must be one of ${CHANNELS.join(', ')}, or { field: <path> }`,
        [...keyPath, 'channel'],
      );
    }
  }
  if (value.helpdesk !== undefined)
    mapping.helpdesk = readHelpdesk(value.helpdesk, [...keyPath, 'helpdesk']);
  return mapping;
}

function readGlobs(value: unknown, keyPath: KeyPath, what: string): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0)
    throw new ConfigKeyError(`${what} must be a string or a list of strings`, keyPath);
  return list.map((item, i) => {
    if (typeof item !== 'string' || item === '')
      throw new ConfigKeyError(
        `${what} must hold strings`,
        typeof value === 'string' ? keyPath : [...keyPath, i],
      );
    return item;
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
