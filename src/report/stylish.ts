import { Chalk, type ChalkInstance } from 'chalk';
import { MOVES } from '../analysis/moves.js';
import { bandOf } from '../engine/score.js';
import { isUnchecked } from '../engine/unchecked.js';
import type { CustomerSummary, Finding, LintReport, Result } from '../types.js';
import { summarize } from './summary.js';

export interface StylishOptions {
  color: boolean;
}

const SNIPPET_WIDTH = 100;

/** The default, human format: findings per draft with the words highlighted and a hint. */
export function formatStylish(report: LintReport, options: StylishOptions): string {
  return stylishResults(report.results, options) + stylishEnd(report, options);
}

/** The blocks of some results (streamed as files are linted: together they make the report). */
export function stylishResults(results: readonly Result[], options: StylishOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  return results
    .map((result) => `${resultBlock(result, c, options.color).join('\n')}\n\n`)
    .join('');
}

/** The summary line that ends the report. */
export function stylishEnd(report: LintReport, options: StylishOptions): string {
  return `${summaryLine(report, new Chalk({ level: options.color ? 1 : 0 }))}\n`;
}

function resultBlock(result: Result, c: ChalkInstance, color: boolean): string[] {
  const title = result.draft === null ? result.file : `${result.file} › ${result.draft}`;
  const lines = [c.underline(title)];
  const sourceLines = result.source?.split(/\r\n|\r|\n/);
  for (const f of result.findings) {
    const position = `${f.line}:${f.column}`.padStart(7);
    lines.push(`${c.dim(position)}  ${severityLabel(f, c)}  ${f.message}  ${c.dim(f.ruleId)}`);
    const snippet = sourceLines ? snippetOf(sourceLines, f) : undefined;
    if (snippet) {
      lines.push(
        `         ${c.dim('│')} ${snippet.before}${c.bold.yellow(snippet.match)}${snippet.after}`,
      );
      if (!color)
        lines.push(
          `         ${c.dim('│')} ${' '.repeat(snippet.before.length)}${'^'.repeat(Math.max(1, snippet.match.length))}`,
        );
    }
    if (f.hint) lines.push(`         ${c.cyan('→')} ${f.hint}`);
  }
  const strengths = result.strengths
    .map((id) => MOVES.find((m) => m.id === id)?.label ?? id)
    .join(', ');
  if (isUnchecked(result)) {
    // The rules did not run: a score would claim a verdict there is none for.
    lines.push(`  ${c.dim('not checked')}`);
    return lines;
  }
  const score = `score ${result.score}/100 · ${bandOf(result.score)}`;
  const scoreColor = result.score >= 85 ? c.green : result.score >= 60 ? c.yellow : c.red;
  lines.push(`  ${scoreColor(score)}${strengths ? c.dim(` · strengths: ${strengths}`) : ''}`);
  if (result.customer) lines.push(`  ${c.dim(customerLine(result.customer))}`);
  return lines;
}

/** "customer: angry (“!!!”, threatens to leave) · name: Dana Whitfield" */
function customerLine(customer: CustomerSummary): string {
  const reasons = customer.reasons?.length ? ` (${customer.reasons.slice(0, 3).join(', ')})` : '';
  const name = customer.name ? ` · name: ${customer.name}` : '';
  return `customer: ${customer.state}${reasons}${name}`;
}

function severityLabel(f: Finding, c: ChalkInstance): string {
  if (f.severity === 'error') return c.red('error  ');
  if (f.severity === 'warning') return c.yellow('warning');
  return c.blue('info   ');
}

/** The source line of the finding, cut to a readable width around the match. */
function snippetOf(
  sourceLines: string[],
  f: Finding,
): { before: string; match: string; after: string } | undefined {
  const line = sourceLines[f.line - 1];
  if (line === undefined || f.endLine < f.line) return undefined;
  const start = f.column - 1;
  const end = f.endLine === f.line ? f.endColumn - 1 : line.length;
  let before = line.slice(0, start).replace(/\t/g, ' ');
  let after = line.slice(end).replace(/\t/g, ' ');
  const match = line.slice(start, end).replace(/\t/g, ' ');
  const room = Math.max(10, SNIPPET_WIDTH - match.length);
  if (before.length > room / 2) before = `…${before.slice(before.length - Math.floor(room / 2))}`;
  if (after.length > room / 2) after = `${after.slice(0, Math.floor(room / 2))}…`;
  return { before: before.trimStart(), match, after: after.trimEnd() };
}

function summaryLine(report: LintReport, c: ChalkInstance): string {
  const s = summarize(report);
  const drafts = `${s.drafts} draft${s.drafts === 1 ? '' : 's'}`;
  if (s.problems === 0 && s.fileErrors === 0) return c.green(`✔ no problems in ${drafts}`);
  const parts = [
    `${s.problems} problem${s.problems === 1 ? '' : 's'} (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info)`,
    `in ${drafts}`,
  ];
  if (s.lowestScore !== undefined) parts.push(`lowest score ${s.lowestScore}`);
  if (s.fileErrors)
    parts.push(`${s.fileErrors} file${s.fileErrors === 1 ? '' : 's'} could not be linted`);
  const mark = s.errors || s.fileErrors ? c.red('✖') : c.yellow('⚠');
  return `${mark} ${parts.join(' · ')}`;
}
