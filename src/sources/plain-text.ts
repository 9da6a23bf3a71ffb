import type { Draft } from '../types.js';
import { makeDraft } from './draft.js';
import type { DraftDefaults } from './format.js';
import type { SourceText } from './origin.js';

/**
 * A plain-text file holds one reply. Quoted history ("On … wrote:", "> "
 * lines) and a signature after "-- " are not the reply: they are blanked, and
 * the quoted message becomes the draft's context.
 */
export function plainTextDrafts(
  file: string,
  source: SourceText,
  defaults: DraftDefaults,
): Draft[] {
  return [makeDraft(file, source, defaults, { mapped: null, title: null, email: true })];
}
