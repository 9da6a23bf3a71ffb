import type { RuleMeta } from '../engine/rule.js';
import type { LintReport, Result } from '../types.js';
import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import type { FormatName } from './names.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

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

export { FORMAT_NAMES, type FormatName } from './names.js';
