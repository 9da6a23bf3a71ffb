import path from 'node:path';
import { globMatches, relativeInside } from '../config/globs.js';
import type { FormatRule, SourceMapping } from '../config/source-keys.js';
import type { Helpdesk } from '../types.js';
import type { CollectionMapping } from './collections/mapping.js';
import { type FormatInfo, formatByExtension, formatNamed } from './formats.js';

/** What a config file says about reading files (its globs are relative to `dir`). */
export interface SourceConfig {
  dir: string;
  formats?: FormatRule[];
  templates?: string[];
  collections?: SourceMapping[];
  helpdesk?: Helpdesk;
}

/** How to read one file. */
export interface SourceSettings {
  /** Undefined: no format claims the file. */
  format: FormatInfo | undefined;
  template: boolean;
  mapping?: CollectionMapping;
  helpdesk?: Helpdesk;
}

/** Applies config to a file: format overrides, field mappings, template globs. */
export function sourceSettingsFor(file: string, config: SourceConfig | undefined): SourceSettings {
  let format = formatByExtension(file);
  if (!config || file === '-') return { format, template: false };
  // Made on first use: most configs name no glob, and a CI run asks for thousands of files.
  let relative: { path: string | undefined } | undefined;
  const insideRelative = () => {
    relative ??= { path: relativeInside(config.dir, path.resolve(file)) };
    return relative.path;
  };
  const matches = (pattern: string) => {
    if (pattern.startsWith('.') && !pattern.includes('/') && !/[*?[{]/.test(pattern)) {
      return file.toLowerCase().endsWith(pattern.toLowerCase());
    }
    const inside = insideRelative();
    return inside !== undefined && globMatches(pattern)(inside);
  };
  let mapping: CollectionMapping | undefined;
  for (const entry of config.collections ?? []) {
    if (entry.files.some(matches)) {
      const { files: _files, ...rest } = entry;
      mapping = rest;
      format = formatNamed('collection');
    }
  }
  for (const rule of config.formats ?? []) {
    if (matches(rule.pattern)) format = formatNamed(rule.format);
  }
  return {
    format,
    template: (config.templates ?? []).some(matches),
    ...(mapping && { mapping }),
    ...(config.helpdesk && { helpdesk: config.helpdesk }),
  };
}
