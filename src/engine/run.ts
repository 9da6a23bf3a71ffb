import type { Reply } from '../analysis/reply.js';
import type { Draft, Finding, Position, Severity, Span } from '../types.js';
import type { Rule, RuleReport } from './rule.js';

/** A rule as configured for a draft. */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: Readonly<Record<string, unknown>>;
}

/**
 * Runs every active rule on the reply. A rule that throws yields one internal
 * finding for this draft; the other rules still run. Findings inside quoted
 * text are dropped: the draft is quoting, not saying, those words.
 */
export function checkReply(reply: Reply, rules: readonly ActiveRule[]): Finding[] {
  const findings: Finding[] = [];
  for (const active of rules) {
    const reports: RuleReport[] = [];
    try {
      active.rule.check(reply, { options: active.options, report: (r) => reports.push(r) });
    } catch (error) {
      findings.push(internalFinding(reply.draft, active.rule, error));
      continue;
    }
    const seen = new Set<string>();
    for (const report of reports) {
      const key = `${report.span.start}:${report.span.end}`;
      if (seen.has(key) || reply.isQuoted(report.span)) continue;
      seen.add(key);
      findings.push(toFinding(reply.draft, active, report));
    }
  }
  return findings.sort(
    (a, b) =>
      a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId),
  );
}

function toFinding(draft: Draft, active: ActiveRule, report: RuleReport): Finding {
  const span = clampSpan(report.span, draft.text.length);
  const excerpt = draft.text.slice(span.start, span.end);
  const data = { match: excerpt.replace(/\s+/g, ' ').trim(), ...report.data };
  return {
    ruleId: active.rule.id,
    severity: active.severity,
    message: interpolate(report.message ?? active.rule.message, data),
    hint: interpolate(report.hint ?? active.rule.hint, data),
    span,
    excerpt,
    ...positionOf(draft, span),
    ...(report.suggestions?.length && { suggestions: report.suggestions }),
    ...(report.fix && { fix: report.fix }),
  };
}

function internalFinding(draft: Draft, rule: Rule, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  const span = { start: 0, end: 0 };
  // A rule from a plugin or a rule file says where it comes from (the built-ins do not).
  const from = rule.source ? ` (${rule.source})` : '';
  return {
    ruleId: rule.id,
    severity: 'error',
    message: `Internal error: rule "${rule.id}"${from} crashed on this draft: ${reason}`,
    hint: 'Report this to the rule author; the other rules were still applied.',
    span,
    excerpt: '',
    internal: true,
    ...positionOf(draft, span),
  };
}

/** Lines and columns in the source file, through the draft's origin map. */
export function positionOf(draft: Draft, span: Span): Position {
  const start = draft.origin.lines.locate(draft.origin.sourceOffset(span.start));
  const end = draft.origin.lines.locate(draft.origin.sourceOffset(span.end));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function clampSpan(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(span.start, length));
  return { start, end: Math.max(start, Math.min(span.end, length)) };
}

function interpolate(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => data[key] ?? whole);
}
