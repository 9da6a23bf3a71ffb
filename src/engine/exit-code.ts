import { summarize } from '../report/summary.js';
import type { LintReport } from '../types.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

/**
 * 2 when the tool could not do its job (unreadable file, a rule crashed),
 * 1 when any finding is at error level, else 0. Derived from the report only.
 */
export function exitCodeOf(report: LintReport): number {
  const s = summarize(report);
  if (s.fileErrors > 0 || s.internalErrors > 0) return EXIT_TROUBLE;
  if (s.errors > 0) return EXIT_FINDINGS;
  return EXIT_OK;
}
