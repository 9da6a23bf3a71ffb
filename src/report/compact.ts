import type { LintReport, Result } from '../types.js';

/**
 * One line per finding, `file:line:col: severity message [rule-id]`, the shape
 * editors' quickfix lists and grep understand. Files that could not be read
 * get `file[:line[:col]]: error message`.
 */
export function formatCompact(report: LintReport): string {
  return compactResults(report.results) + compactEnd(report);
}

/** The lines of some results (streamed as files are linted). */
export function compactResults(results: readonly Result[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const f of result.findings) {
      lines.push(
        `${result.file}:${f.line}:${f.column}: ${f.severity} ${oneLine(f.message)} [${f.ruleId}]`,
      );
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The files that could not be read, after every finding. */
export function compactEnd(report: LintReport): string {
  const lines: string[] = [];
  for (const e of report.errors) {
    const where = e.line ? `${e.file}:${e.line}${e.column ? `:${e.column}` : ''}` : e.file;
    lines.push(`${where}: error ${oneLine(e.message)}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
