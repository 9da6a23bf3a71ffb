import type { Draft } from '../types.js';
import { blankDirectives } from './directives.js';
import type { DraftDefaults } from './format.js';
import { identityOrigin, type SourceText } from './origin.js';

/** A plain-text file holds one reply; every character but suppression directives is prose. */
export function plainTextDrafts(
  file: string,
  source: SourceText,
  defaults: DraftDefaults,
): Draft[] {
  return [
    {
      file,
      title: null,
      text: blankDirectives(source.text),
      kind: defaults.kind,
      channel: defaults.channel,
      ...(defaults.context !== undefined && { context: defaults.context }),
      ...(defaults.name !== undefined && { name: defaults.name }),
      origin: identityOrigin(source),
    },
  ];
}
