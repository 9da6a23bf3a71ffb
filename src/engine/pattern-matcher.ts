import { patternProblems } from '../analysis/pattern-check.js';
import { type CompiledPatterns, compilePatterns } from '../analysis/patterns.js';
import type { PatternMatch, Reply } from '../analysis/reply.js';
import { useLinearRegexes } from './kinds/linear-regex.js';
import { nonOverlapping, withoutExceptions } from './kinds/matches.js';

/**
 * What `kind: pattern` does, for code rules that need to know which pattern
 * matched (to give each its own hint or suggestion): compromise patterns with
 * `unless` patterns that cancel a match they overlap in the same sentence,
 * one match per stretch of text. Patterns compile on first use; a pattern
 * compromise could only half-match is a bug in the rule, so it throws.
 */
export function patternMatcher(
  patterns: readonly string[],
  unless: readonly string[] = [],
): (reply: Reply) => PatternMatch[] {
  everyPattern.push(...patterns, ...unless);
  const matches = compiledMatcher(patterns, unless);
  let checked = false;
  return (reply) => {
    if (!checked) {
      for (const pattern of [...patterns, ...unless]) {
        const [problem] = patternProblems(pattern);
        if (problem) throw new Error(`pattern "${pattern}": ${problem}`);
      }
      checked = true;
    }
    return matches(reply);
  };
}

/**
 * The matching itself, shared with `kind: pattern` (whose patterns were checked when
 * the rule loaded): compiled on first use, /regex/ terms run with RE2, `unless`
 * matches cancel the matches they overlap, one match per stretch of text.
 */
export function compiledMatcher(
  patterns: readonly string[],
  unless: readonly string[],
): (reply: Reply) => PatternMatch[] {
  let compiled: { patterns: CompiledPatterns; unless: CompiledPatterns | null } | undefined;
  return (reply) => {
    compiled ??= {
      patterns: linear(compilePatterns(patterns)),
      unless: unless.length ? linear(compilePatterns(unless)) : null,
    };
    const exceptions = compiled.unless ? reply.match(compiled.unless) : [];
    return nonOverlapping(withoutExceptions(reply.match(compiled.patterns), exceptions));
  };
}

const everyPattern: string[] = [];

/** The patterns of every matcher made so far, for the tests over the built-in rules. */
export function matcherPatterns(): readonly string[] {
  return everyPattern;
}

/** /regex/ terms run with RE2, like the pattern kind's. */
function linear(compiled: CompiledPatterns): CompiledPatterns {
  useLinearRegexes(compiled.regs);
  return compiled;
}
