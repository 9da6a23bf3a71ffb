import type { LintReport, Result, Severity } from '../types.js';
import type { FormatOptions } from './index.js';
import { relativePath } from './paths.js';

/** GitHub Actions has no "info" annotation; a notice is the closest. */
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one line per finding:
 * `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 * Paths are relative to the working directory (the checkout in a workflow).
 */
export function formatGithub(report: LintReport, options: FormatOptions): string {
  return githubResults(report.results, options) + githubEnd(report, options);
}

/** The annotations of some results (streamed as files are linted). */
export function githubResults(results: readonly Result[], options: FormatOptions): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePath(result.file, options.cwd);
    for (const f of result.findings) {
      const title = result.draft === null ? f.ruleId : `${f.ruleId} (${result.draft})`;
      const message = f.hint ? `${f.message}\n→ ${f.hint}` : f.message;
      lines.push(
        command(
          COMMAND[f.severity],
          {
            file,
            line: f.line,
            col: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            title: `replylint: ${title}`,
          },
          message,
        ),
      );
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The files that could not be linted, after every finding. */
export function githubEnd(report: LintReport, options: FormatOptions): string {
  const lines: string[] = [];
  for (const e of report.errors) {
    const properties: Record<string, string | number> = { file: relativePath(e.file, options.cwd) };
    if (e.line !== undefined) properties.line = e.line;
    if (e.column !== undefined) properties.col = e.column;
    properties.title = 'replylint: could not lint this file';
    lines.push(command('error', properties, e.message));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export function command(
  name: string,
  properties: Record<string, string | number>,
  message: string,
): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** The runner's escaping for a command's message (as in @actions/core). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Properties also escape the characters that separate them. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
