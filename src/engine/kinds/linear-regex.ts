import { RE2JS } from 're2js';

/**
 * `/regex/` terms of compromise patterns run with RE2 (re2js), whose matching
 * time is linear in the input: a rule author's regular expression cannot hang
 * the linter with catastrophic backtracking, whatever it is. RE2 has no
 * lookarounds or backreferences; such a pattern is rejected when the rule loads.
 */

// compromise's own rule for a /regex/ term (parseMatch/01-parseBlocks.js): a
// whitespace-delimited token that starts and ends with a slash.
const REGEX_TERM = /(?:^|\s)[![^]*(?:<[^<]*>)?\/(.*?[^\\/])\/[?\]+*$~]*(?=\s|$)/g;

/** The sources of the /regex/ terms of a compromise pattern. */
export function regexTermsOf(pattern: string): string[] {
  return [...pattern.matchAll(REGEX_TERM)].map((m) => m[1] ?? '');
}

/** Why RE2 cannot run this regular expression, or undefined when it can. */
export function linearRegexProblem(source: string): string | undefined {
  try {
    RE2JS.compile(source);
    return undefined;
  } catch (error) {
    const reason = (error as Error).message.replace(/^error parsing regexp: /, '');
    return `regular expression /${source}/ cannot be used: ${reason} (replylint runs regular expressions in linear time with RE2: no lookarounds or backreferences)`;
  }
}

/**
 * Replaces every RegExp that compromise parsed out of a pattern (`regex` on a
 * term, possibly nested in `(a|b)` choices) with its RE2 equivalent; compromise
 * only ever calls `.test()` on it.
 */
export function useLinearRegexes(regs: unknown): void {
  if (Array.isArray(regs)) {
    for (const item of regs) useLinearRegexes(item);
    return;
  }
  if (typeof regs !== 'object' || regs === null) return;
  const reg = regs as { regex?: unknown; choices?: unknown };
  if (reg.regex instanceof RegExp) reg.regex = RE2JS.compile(reg.regex.source);
  if (reg.choices) useLinearRegexes(reg.choices);
}
