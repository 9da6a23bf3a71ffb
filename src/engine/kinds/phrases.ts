import { type CompiledPhrase, compilePhrases } from '../../analysis/patterns.js';
import type { PhraseMatch, Reply } from '../../analysis/reply.js';
import type { Rule } from '../rule.js';
import { type Definition, type RuleKind, readMeta, stringList } from './definition.js';
import { nonOverlapping, withoutExceptions } from './matches.js';

/**
 * `kind: phrases` — literal phrases, matched on words (case, curly quotes and
 * contractions normalized: "can't" matches "cannot"), with `unless` phrases
 * that cancel a match they overlap in the same sentence. Needs no tagging.
 */
export const phrasesKind: RuleKind = {
  required: ['phrases'],
  optional: ['unless'],
  build: phrasesRule,
};

export function phrasesRule(def: Definition): Rule {
  const meta = readMeta(def, phrasesKind);
  const phrases = stringList(def, 'phrases', true);
  const unless = stringList(def, 'unless', false);
  const matches = phraseMatcher(phrases, unless);
  return {
    ...meta,
    check(reply, context) {
      for (const m of matches(reply)) context.report({ span: m.span });
    },
  };
}

/**
 * The matching of `kind: phrases` (and `kind: substitute`): phrases compiled on first
 * use, `unless` phrases cancel the matches they overlap, one match per stretch of text.
 */
export function phraseMatcher(
  phrases: readonly string[],
  unless: readonly string[],
): (reply: Reply) => PhraseMatch[] {
  let compiled: { phrases: CompiledPhrase[]; unless: CompiledPhrase[] } | undefined;
  return (reply) => {
    compiled ??= { phrases: compilePhrases(phrases), unless: compilePhrases(unless) };
    const exceptions = unless.length ? reply.findPhrases(compiled.unless) : [];
    return nonOverlapping(withoutExceptions(reply.findPhrases(compiled.phrases), exceptions));
  };
}
