import type { RuleMeta } from '../engine/rule.js';
import type { LintReport, Result } from '../types.js';
import { compactEnd, compactResults, formatCompact } from './compact.js';
import { formatGithub, githubEnd, githubResults } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import type { FormatName } from './names.js';
import { formatSarif } from './sarif.js';
import { formatStylish, stylishEnd, stylishResults } from './stylish.js';

export interface FormatOptions {
  color: boolean;
  /** Paths in reports that need them relative (SARIF, GitHub) are relative to this. */
  cwd: string;
  /** Metadata of the rules that ran (SARIF lists them with their descriptions). */
  rules?: readonly RuleMeta[];
  /** replylint's version, for formats that name the tool. */
  version?: string;
  /** Does this draft fail the run's thresholds? (JUnit marks it a failure.) */
  fails?: (result: Result) => boolean;
}

export type Formatter = (report: LintReport, options: FormatOptions) => string;

/** Output formats by name (--format). */
export const FORMATTERS: Record<FormatName, Formatter> = {
  stylish: (report, options) => formatStylish(report, options),
  json: (report) => formatJson(report),
  compact: (report) => formatCompact(report),
  sarif: (report, options) => formatSarif(report, options),
  github: (report, options) => formatGithub(report, options),
  junit: (report, options) => formatJunit(report, options),
};

/**
 * Formats that can print each file's results as soon as they are known: the
 * pieces, in order, then the end, make exactly the formatter's whole output.
 */
export interface StreamingFormatter {
  results(results: readonly Result[], options: FormatOptions): string;
  end(report: LintReport, options: FormatOptions): string;
}

export const STREAMING_FORMATTERS: Partial<Record<FormatName, StreamingFormatter>> = {
  stylish: { results: stylishResults, end: stylishEnd },
  compact: { results: (results) => compactResults(results), end: (report) => compactEnd(report) },
  github: { results: githubResults, end: githubEnd },
};

export { FORMAT_NAMES, type FormatName } from './names.js';
