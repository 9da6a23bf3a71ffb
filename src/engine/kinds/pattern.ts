import { patternProblems } from '../../analysis/pattern-check.js';
import { checkPatternSyntax } from '../../analysis/patterns.js';
import { compiledMatcher } from '../pattern-matcher.js';
import type { Rule } from '../rule.js';
import {
  type Definition,
  RuleDefinitionError,
  type RuleKind,
  readMeta,
  stringList,
} from './definition.js';
import { linearRegexProblem, regexTermsOf } from './linear-regex.js';

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
  const matches = compiledMatcher(patterns, unless);
  return {
    ...meta,
    check(reply, context) {
      for (const m of matches(reply)) context.report({ span: m.span });
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
