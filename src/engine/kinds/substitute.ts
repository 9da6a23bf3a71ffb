import type { Rule } from '../rule.js';
import {
  type Definition,
  RuleDefinitionError,
  type RuleKind,
  readMeta,
  stringList,
} from './definition.js';
import { phraseMatcher } from './phrases.js';

/**
 * `kind: substitute` — words to replace, each with its replacement(s):
 * `replace: { ticket: request, "ticket number": [reference number, order number] }`.
 * Phrases match like `kind: phrases` (the longest wins where they overlap);
 * each finding suggests the replacements in the matched words' case, and a
 * rule declared `fixable` fixes a phrase that has exactly one replacement.
 */
export const substituteKind: RuleKind = {
  required: ['replace'],
  optional: ['unless'],
  build: substituteRule,
};

export function substituteRule(def: Definition): Rule {
  const meta = readMeta(def, substituteKind);
  const replacements = readReplacements(def);
  const phrases = [...replacements.keys()];
  const unless = stringList(def, 'unless', false);
  const matches = phraseMatcher(phrases, unless);
  return {
    ...meta,
    check(reply, context) {
      for (const m of matches(reply)) {
        const matched = reply.text.slice(m.span.start, m.span.end);
        const options = (replacements.get(phrases[m.phrase] ?? '') ?? []).map((r) =>
          inCaseOf(matched, r),
        );
        const [first] = options;
        context.report({
          span: m.span,
          data: { replacement: options.join('" or "') },
          suggestions: options.map((text) => ({ text })),
          ...(meta.fixable &&
            options.length === 1 &&
            first && { fix: { span: m.span, text: first } }),
        });
      }
    },
  };
}

function readReplacements(def: Definition): Map<string, string[]> {
  const value = def.replace;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RuleDefinitionError(
      '"replace" is required: a mapping of phrases to their replacement (or a list of them)',
      ['replace'],
    );
  }
  const entries = Object.entries(value);
  if (entries.length === 0)
    throw new RuleDefinitionError('"replace" must not be empty', ['replace']);
  const map = new Map<string, string[]>();
  for (const [phrase, replacement] of entries) {
    const list = Array.isArray(replacement) ? replacement : [replacement];
    if (list.length === 0 || !list.every((r) => typeof r === 'string' && r.trim() !== '')) {
      throw new RuleDefinitionError(
        `replacement of "${phrase}" must be a non-empty string or a list of them`,
        ['replace', phrase],
      );
    }
    map.set(phrase, list as string[]);
  }
  return map;
}

/** "Ticket" → "Request", "TICKET" → "REQUEST", "ticket" → "request". */
export function inCaseOf(matched: string, replacement: string): string {
  const letters = matched.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  const first = matched.match(/\p{L}/u)?.[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
