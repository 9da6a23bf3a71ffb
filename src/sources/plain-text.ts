import type { Draft } from '../types.js';
import { blankDirectives } from './directives.js';
import { makeDraft } from './draft.js';
import type { DraftDefaults } from './format.js';
import type { SourceText } from './origin.js';

/**
 * A plain-text file holds one reply. Quoted history ("On … wrote:", "> "
 * lines) and a signature after "-- " are not the reply: they are blanked, and
 * the quoted message becomes the draft's context. Suppression directives
 * (`<!-- replylint-… -->`, `# replylint-…`) are blanked too.
 */
export function plainTextDrafts(
  file: string,
  source: SourceText,
  defaults: DraftDefaults,
): Draft[] {
  const draft = makeDraft(file, source, defaults, { mapped: null, title: null, email: true });
  // Suppression directives are for replylint, not the customer: never prose.
  return [{ ...draft, text: blankDirectives(draft.text) }];
}
