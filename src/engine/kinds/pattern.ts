import { patternProblems } from '../../analysis/pattern-check.js';
import {
  type CompiledPatterns,
  checkPatternSyntax,
  compilePatterns,
} from '../../analysis/patterns.js';
import type { Rule } from '../rule.js';
import {
  type Definition,
  RuleDefinitionError,
  type RuleKind,
  readMeta,
  stringList,
} from './definition.js';
import { linearRegexProblem, regexTermsOf, useLinearRegexes } from './linear-regex.js';
import { nonOverlapping, withoutExceptions } from './matches.js';

/**
 * `kind: pattern` — compromise match patterns (words, #Tags, (a|b), optional?,
 * [groups], /regex/) with `unless` patterns that cancel a match they overlap in
 * the same sentence. Only sentences holding a pattern's words get tagged.
 */
export const patternKind: RuleKind = {
  required: ['patterns'],
  optional: ['unless'],
  patternKeys: ['patterns', 'unless'],
  build: patternRule,
};

export function patternRule(def: Definition): Rule {
  const meta = readMeta(def, patternKind);
  const patterns = checkedPatterns(def, 'patterns', true);
  const unless = checkedPatterns(def, 'unless', false);
  let compiled: { patterns: CompiledPatterns; unless: CompiledPatterns | null } | undefined;
  return {
    ...meta,
    check(reply, context) {
      compiled ??= {
        patterns: linear(compilePatterns(patterns)),
        unless: unless.length ? linear(compilePatterns(unless)) : null,
      };
      const exceptions = compiled.unless ? reply.match(compiled.unless) : [];
      const matches = withoutExceptions(reply.match(compiled.patterns), exceptions);
      for (const m of nonOverlapping(matches)) context.report({ span: m.span });
    },
  };
}

/**
 * Patterns checked when the rule loads: balanced brackets, regexes RE2 can run,
 * and no part compromise could never match (a hidden alternative, a nested group).
 */
function checkedPatterns(def: Definition, key: string, required: boolean): string[] {
  const patterns = stringList(def, key, required);
  patterns.forEach((pattern, i) => {
    try {
      checkPatternSyntax(pattern);
    } catch (error) {
      throw new RuleDefinitionError(`"${key}[${i}]": ${(error as Error).message}`, [key, i]);
    }
    const [unmatchable] = patternProblems(pattern);
    if (unmatchable) throw new RuleDefinitionError(`"${key}[${i}]": ${unmatchable}`, [key, i]);
    for (const source of regexTermsOf(pattern)) {
      const problem = linearRegexProblem(source);
      if (problem) throw new RuleDefinitionError(`"${key}[${i}]": ${problem}`, [key, i]);
    }
  });
  return patterns;
}

function linear(compiled: CompiledPatterns): CompiledPatterns {
  useLinearRegexes(compiled.regs);
  return compiled;
}
