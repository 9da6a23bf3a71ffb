import { guessLanguage } from '../analysis/language.js';
import type { Draft, Finding, Result } from '../types.js';
import { positionOf } from './run.js';

/** Finding ids of drafts the rules were not run on (not rules: they cannot be configured). */
export const EMPTY_DRAFT = 'empty-draft';
export const NOT_ENGLISH = 'not-english';
export const OVERSIZED = 'oversized-draft';
const UNCHECKED_IDS = new Set([EMPTY_DRAFT, NOT_ENGLISH, OVERSIZED]);

/**
 * Longer drafts are not checked: a reply is a few thousand characters, and the
 * analysis (compromise's tagger) grows faster than linearly with the text, so
 * a runaway paste or a generated file would hold up the whole run.
 */
export const MAX_DRAFT_CHARS = 50_000;

/**
 * Why a draft is not worth running the rules on, as one info finding: an empty
 * draft has nothing to check, a huge one is no reply, and the rules read English, so a reply in
 * another language would only collect nonsense findings.
 */
export function uncheckedFinding(draft: Draft): Finding | undefined {
  if (draft.text.trim() === '') {
    return note(draft, EMPTY_DRAFT, 'The draft is empty; nothing to check.', 'Write the reply.');
  }
  if (draft.text.length > MAX_DRAFT_CHARS) {
    return note(
      draft,
      OVERSIZED,
      `The draft is too long to check (${draft.text.length.toLocaleString('en-US')} characters; the limit is ${MAX_DRAFT_CHARS.toLocaleString('en-US')}).`,
      'Split it into the replies it holds.',
    );
  }
  if (!guessLanguage(draft.text).english) {
    return note(
      draft,
      NOT_ENGLISH,
      'The draft does not look like English; not checked.',
      "replylint's rules read English replies only.",
    );
  }
  return undefined;
}

/** Was the draft left unchecked (its one finding says why)? */
export function isUnchecked(result: Pick<Result, 'findings'>): boolean {
  const [only, ...rest] = result.findings;
  return rest.length === 0 && only !== undefined && UNCHECKED_IDS.has(only.ruleId);
}

function note(draft: Draft, ruleId: string, message: string, hint: string): Finding {
  const span = { start: 0, end: 0 };
  return {
    ruleId,
    severity: 'info',
    message,
    hint,
    span,
    excerpt: '',
    ...positionOf(draft, span),
  };
}
