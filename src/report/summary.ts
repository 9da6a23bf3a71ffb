import type { LintReport } from '../types.js';

export interface Summary {
  drafts: number;
  problems: number;
  errors: number;
  warnings: number;
  infos: number;
  internalErrors: number;
  fileErrors: number;
  lowestScore: number | undefined;
}

export function summarize(report: LintReport): Summary {
  const s: Summary = {
    drafts: report.results.length,
    problems: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    internalErrors: 0,
    fileErrors: report.errors.length,
    lowestScore: undefined,
  };
  for (const result of report.results) {
    s.lowestScore =
      s.lowestScore === undefined ? result.score : Math.min(s.lowestScore, result.score);
    for (const f of result.findings) {
      s.problems++;
      if (f.internal) s.internalErrors++;
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  }
  return s;
}
