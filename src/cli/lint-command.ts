import { exitCodeOf } from '../engine/exit-code.js';
import { lint } from '../lint.js';
import { FORMATTERS } from '../report/index.js';
import type { Channel, LintReport } from '../types.js';
import { UsageError } from '../util/errors.js';
import { type RuleFlag, ruleOverrides } from './options.js';
import { type Output, useColor } from './output.js';

export interface LintFlags {
  format: string;
  name?: string;
  channel?: Channel;
  context?: string;
  config?: string | false;
  rule: RuleFlag[];
  ignorePattern?: string[];
  errorOnUnmatchedPattern?: boolean;
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
}

/** `replylint [files...]`: lint, print the report to stdout, diagnostics to stderr. */
export async function lintCommand(files: string[], flags: LintFlags, out: Output): Promise<number> {
  if (files.length === 0) {
    throw new UsageError(
      "no files given: pass draft files, or '-' to read standard input (see --help)",
    );
  }
  const report = await lint({
    files,
    cwd: process.cwd(),
    ...(typeof flags.config === 'string' && { config: flags.config }),
    useConfigFiles: flags.config !== false,
    rules: ruleOverrides(flags.rule),
    ...(flags.channel !== undefined && { channel: flags.channel }),
    ...(flags.name !== undefined && { name: flags.name }),
    ...(flags.context !== undefined && { contextFile: flags.context }),
    ignorePatterns: flags.ignorePattern ?? [],
    errorOnUnmatchedPattern: flags.errorOnUnmatchedPattern !== false,
  });
  for (const note of report.skipped ?? []) {
    out.stderr(`replylint: ${note.file}: ${note.reason}\n`);
  }
  const shown = flags.quiet ? errorsOnly(report) : report;
  const formatter = FORMATTERS[flags.format] ?? FORMATTERS.stylish;
  out.stdout(formatter?.(shown, { color: useColor(flags.color, out), cwd: process.cwd() }) ?? '');
  for (const error of report.errors) {
    const where = error.line
      ? `${error.file}:${error.line}${error.column ? `:${error.column}` : ''}`
      : error.file;
    out.stderr(`replylint: ${where}: ${error.message}\n`);
  }
  return exitCodeOf(report);
}

/** --quiet: keep error-level findings only (scores are unchanged). */
function errorsOnly(report: LintReport): LintReport {
  return {
    ...report,
    results: report.results.map((r) => ({
      ...r,
      findings: r.findings.filter((f) => f.severity === 'error'),
    })),
  };
}
