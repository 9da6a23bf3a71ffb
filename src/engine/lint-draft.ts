import { strengthsOf } from '../analysis/moves.js';
import { loadNlp } from '../analysis/nlp.js';
import { Reply } from '../analysis/reply.js';
import type { AllowList } from '../config/validate.js';
import type { Draft, Finding, Result } from '../types.js';
import { applyAllowList } from './allow.js';
import { type ActiveRule, checkReply } from './run.js';
import { scoreOf } from './score.js';
import { applySuppressions } from './suppressions.js';
import { uncheckedFinding } from './unchecked.js';

/** What, besides the rules, decides which findings a draft keeps. */
export interface DraftLintOptions {
  /** Phrases findings may contain (config `allow`). */
  allow?: AllowList;
  /** Report suppression directives that suppressed nothing. */
  reportUnusedDisable?: boolean;
  /** Every rule id known to the run, to name typos in directives. */
  knownRules?: readonly string[];
}

/** Analyses one draft and runs the active rules on it. */
export async function lintDraft(
  draft: Draft,
  rules: readonly ActiveRule[],
  options: DraftLintOptions = {},
): Promise<Result> {
  const unchecked = uncheckedResult(draft);
  if (unchecked) return unchecked;
  await loadNlp();
  return lintCheckedDraft(draft, rules, options);
}

/**
 * The result of a draft the rules are not run on (empty, oversized, not English), with
 * its one finding saying why; undefined for a draft worth checking. Such a draft needs
 * no analysis, so compromise is not loaded for it.
 */
export function uncheckedResult(draft: Draft): Result | undefined {
  const unchecked = uncheckedFinding(draft);
  if (!unchecked) return undefined;
  const result = { file: draft.file, draft: draft.title, score: 100, strengths: [] };
  return { ...result, findings: [unchecked], source: draft.origin.source };
}

/**
 * Runs the rules on a draft that uncheckedResult() let through, once compromise is
 * loaded (loadNlp() resolved). Rules a per-macro field turns off do not run;
 * allow-lists and suppression directives drop findings before the score is computed.
 */
export function lintCheckedDraft(
  draft: Draft,
  rules: readonly ActiveRule[],
  options: DraftLintOptions = {},
): Result {
  const disabled = new Set(draft.disabledRules ?? []);
  const active = disabled.size ? rules.filter((r) => !disabled.has(r.rule.id)) : rules;
  const reply = new Reply(draft);
  const fixable = new Set(active.filter((r) => r.rule.fixable).map((r) => r.rule.id));
  const found = checkReply(reply, active).map((f) => withoutUnsafeFix(f, fixable));
  const allowed = applyAllowList(reply, found, options.allow);
  const findings = applySuppressions(draft, allowed, {
    ...(options.reportUnusedDisable && { reportUnused: true }),
    ...(options.knownRules && { knownRules: options.knownRules }),
  });
  const weights = new Map(active.map((r) => [r.rule.id, r.rule.weight]));
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

/** Only rules declared `fixable` may carry a fix: anything else stays a suggestion at most. */
function withoutUnsafeFix(f: Finding, fixable: ReadonlySet<string>): Finding {
  if (!f.fix || fixable.has(f.ruleId)) return f;
  const { fix: _dropped, ...rest } = f;
  return rest;
}
