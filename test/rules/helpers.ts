import { BUILTIN_RULES } from '../../rules/index.js';
import type { RuleExample } from '../../src/engine/rule.js';
import { findingsOf } from '../../src/testing/examples.js';
import type { Finding } from '../../src/types.js';

/** The findings of one built-in rule on a draft. */
export async function findings(
  ruleId: string,
  text: string,
  extra: Omit<RuleExample, 'text'> = {},
): Promise<Finding[]> {
  const rule = BUILTIN_RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return (await findingsOf(rule, { text, ...extra })).filter((f) => f.ruleId === ruleId);
}

/** What each finding covers, and what it suggests. */
export async function matches(ruleId: string, text: string, extra: Omit<RuleExample, 'text'> = {}) {
  return (await findings(ruleId, text, extra)).map((f) => ({
    excerpt: f.excerpt,
    ...(f.suggestions && { suggestions: f.suggestions.map((s) => s.text) }),
    ...(f.fix && { fix: f.fix.text }),
  }));
}

/** Applies a finding's first suggestion to the text. */
export function applySuggestion(text: string, finding: Finding): string {
  const replacement = finding.suggestions?.[0]?.text ?? '';
  return text.slice(0, finding.span.start) + replacement + text.slice(finding.span.end);
}
