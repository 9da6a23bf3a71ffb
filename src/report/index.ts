import type { LintReport } from '../types.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export interface FormatOptions {
  color: boolean;
  cwd: string;
}

export type Formatter = (report: LintReport, options: FormatOptions) => string;

/** Output formats by name (--format). */
export const FORMATTERS: Record<string, Formatter> = {
  stylish: (report, options) => formatStylish(report, options),
  json: (report) => formatJson(report),
};
