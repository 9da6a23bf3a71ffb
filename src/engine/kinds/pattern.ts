import { type CompiledPatterns, compilePatterns } from '../../analysis/patterns.js';
import type { Rule } from '../rule.js';
import { type Definition, readMeta, stringList } from './definition.js';
import { nonOverlapping, withoutExceptions } from './matches.js';

/**
 * `kind: pattern` — compromise match patterns (words, #Tags, (a|b), optional?,
 * [groups]) with `unless` patterns that cancel a match they overlap in the
 * same sentence. Only sentences holding a pattern's words get tagged.
 */
export function patternRule(def: Definition): Rule {
  const meta = readMeta(def, ['patterns', 'unless']);
  const patterns = stringList(def, 'patterns', true);
  const unless = stringList(def, 'unless', false);
  let compiled: { patterns: CompiledPatterns; unless: CompiledPatterns | null } | undefined;
  return {
    ...meta,
    check(reply, context) {
      compiled ??= {
        patterns: compilePatterns(patterns),
        unless: unless.length ? compilePatterns(unless) : null,
      };
      const exceptions = compiled.unless ? reply.match(compiled.unless) : [];
      const matches = withoutExceptions(reply.match(compiled.patterns), exceptions);
      for (const m of nonOverlapping(matches)) context.report({ span: m.span });
    },
  };
}
