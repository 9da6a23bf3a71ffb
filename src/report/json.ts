import type { Finding, LintReport } from '../types.js';

/**
 * The stable JSON shape (version 1). Keys and their order are a contract with
 * the tools that parse it: add new keys, never rename or remove one.
 */
export function formatJson(report: LintReport): string {
  return `${JSON.stringify(toJson(report), null, 2)}\n`;
}

export function toJson(report: LintReport) {
  return {
    version: 1,
    results: report.results.map((r) => ({
      file: r.file,
      draft: r.draft,
      score: r.score,
      strengths: r.strengths,
      ...(r.customer && {
        customer: {
          state: r.customer.state,
          ...(r.customer.name !== undefined && { name: r.customer.name }),
        },
      }),
      findings: r.findings.map(findingJson),
    })),
    errors: report.errors.map((e) => ({
      file: e.file,
      message: e.message,
      ...(e.line !== undefined && { line: e.line }),
      ...(e.column !== undefined && { column: e.column }),
    })),
  };
}

function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    hint: f.hint,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...(f.suggestions && { suggestions: f.suggestions }),
    ...(f.internal && { internal: true }),
  };
}
