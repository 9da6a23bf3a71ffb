import { summarize } from '../report/summary.js';
import type { LintReport, Result, Severity } from '../types.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

/** When findings fail a run (--fail-on, --max-warnings, --min-score). */
export interface Thresholds {
  /** The lowest severity that fails the run (default "error"). */
  failOn?: Severity;
  /** More warnings than this fail the run. */
  maxWarnings?: number;
  /** A draft scoring below this fails the run. */
  minScore?: number;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * 2 when the tool could not do its job (unreadable file, a rule crashed);
 * 1 when findings cross a threshold: a finding at or above `failOn` (error by
 * default), more warnings than `maxWarnings`, or a draft below `minScore`;
 * else 0. Derived from the report only.
 */
export function exitCodeOf(report: LintReport, thresholds: Thresholds = {}): number {
  const s = summarize(report);
  if (s.fileErrors > 0 || s.internalErrors > 0) return EXIT_TROUBLE;
  if (report.results.some((r) => draftFails(r, thresholds))) return EXIT_FINDINGS;
  if (thresholds.maxWarnings !== undefined && s.warnings > thresholds.maxWarnings)
    return EXIT_FINDINGS;
  return EXIT_OK;
}

/** Does this draft alone fail the run (a finding at `failOn` or above, or a low score)? */
export function draftFails(result: Result, thresholds: Thresholds = {}): boolean {
  const floor = RANK[thresholds.failOn ?? 'error'];
  if (result.findings.some((f) => RANK[f.severity] >= floor)) return true;
  return thresholds.minScore !== undefined && result.score < thresholds.minScore;
}
