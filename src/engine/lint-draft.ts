import { strengthsOf } from '../analysis/moves.js';
import { loadNlp } from '../analysis/nlp.js';
import { Reply } from '../analysis/reply.js';
import type { Draft, Result } from '../types.js';
import { type ActiveRule, checkReply } from './run.js';
import { scoreOf } from './score.js';

/** Analyses one draft and runs the active rules on it. */
export async function lintDraft(draft: Draft, rules: readonly ActiveRule[]): Promise<Result> {
  await loadNlp();
  return lintDraftSync(draft, rules);
}

/** Same, once compromise is loaded (loadNlp() resolved). */
export function lintDraftSync(draft: Draft, rules: readonly ActiveRule[]): Result {
  const reply = new Reply(draft);
  const findings = checkReply(reply, rules);
  const weights = new Map(rules.map((r) => [r.rule.id, r.rule.weight]));
  return {
    file: draft.file,
    draft: draft.title,
    score: scoreOf(findings, (id) => weights.get(id) ?? 0),
    strengths: strengthsOf(reply),
    ...(reply.customer && {
      customer: {
        state: reply.customer.state,
        ...(reply.knownName !== undefined && { name: reply.knownName }),
        reasons: reply.customer.reasons,
      },
    }),
    findings,
    source: draft.origin.source,
  };
}
