import { type CompiledPhrase, compilePhrases } from '../../analysis/patterns.js';
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
  let compiled: { phrases: CompiledPhrase[]; unless: CompiledPhrase[] } | undefined;
  return {
    ...meta,
    check(reply, context) {
      compiled ??= { phrases: compilePhrases(phrases), unless: compilePhrases(unless) };
      const exceptions = unless.length ? reply.findPhrases(compiled.unless) : [];
      const matches = withoutExceptions(reply.findPhrases(compiled.phrases), exceptions);
      for (const m of nonOverlapping(matches)) context.report({ span: m.span });
    },
  };
}
