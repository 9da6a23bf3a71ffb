import { lintDraft } from '../../src/engine/lint-draft.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import type { ActiveRule } from '../../src/engine/run.js';
import { draftsFromText } from '../../src/sources/index.js';
import type { Draft, Result } from '../../src/types.js';

const META = {
  category: 'tone',
  severity: 'warning' as const,
  weight: 5,
  description: 'test rule',
  rationale: '',
  hint: '',
  examples: { fires: [], passes: [] },
};

/** A fixable test rule: runs of "!" collapse to one. (Test-only: real rules read the Reply.) */
export const BANGS: Rule = defineRule({
  ...META,
  id: 'test-bangs',
  message: 'Too many exclamation marks.',
  fixable: true,
  check(reply, context) {
    for (const m of reply.text.matchAll(/!{2,}/g)) {
      const span = { start: m.index, end: m.index + m[0].length };
      context.report({ span, fix: { span, text: '!' } });
    }
  },
});

/** Not declared fixable, yet it offers a "fix": it must never be applied. */
export const REWORDS: Rule = defineRule({
  ...META,
  id: 'test-rewords',
  message: 'A tone rewrite.',
  check(reply, context) {
    for (const m of reply.text.matchAll(/\bunfortunately\b/gi)) {
      const span = { start: m.index, end: m.index + m[0].length };
      context.report({ span, fix: { span, text: 'happily' }, suggestions: [{ text: 'happily' }] });
    }
  },
});

export const ACTIVE: ActiveRule[] = [BANGS, REWORDS].map((rule) => ({
  rule,
  severity: 'warning',
  options: {},
}));

export function extractText(file: string) {
  return (source: string): Draft[] =>
    draftsFromText(file, source, { channel: 'email', kind: 'reply' });
}

export async function lintAll(drafts: Draft[]): Promise<Result[]> {
  const out: Result[] = [];
  for (const draft of drafts) out.push(await lintDraft(draft, ACTIVE));
  return out;
}
