import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFails, exitCodeOf } from '../../src/engine/exit-code.js';
import type { Finding, LintReport, Result, Severity } from '../../src/types.js';
import { ROOT, runCli, runJson } from '../helpers/cli.js';

const BAD = path.join(ROOT, 'fixtures/drafts/email-policy-wall.txt');
const WARN_ONLY = path.join(ROOT, 'fixtures/drafts/chat-no-name.txt'); // warnings only
const GOOD = path.join(ROOT, 'fixtures/drafts/email-good-refund.txt');

function finding(severity: Severity): Finding {
  return {
    ruleId: 'r',
    severity,
    message: 'm',
    hint: '',
    span: { start: 0, end: 1 },
    excerpt: 'x',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
  };
}

function result(severities: Severity[], score = 90): Result {
  return { file: 'a.txt', draft: null, score, strengths: [], findings: severities.map(finding) };
}

function report(...results: Result[]): LintReport {
  return { results, errors: [] };
}

describe('exit codes and thresholds', () => {
  it('fails on error by default, on warning or info with failOn', () => {
    expect(exitCodeOf(report(result(['warning', 'info'])))).toBe(0);
    expect(exitCodeOf(report(result(['error'])))).toBe(1);
    expect(exitCodeOf(report(result(['warning'])), { failOn: 'warning' })).toBe(1);
    expect(exitCodeOf(report(result(['info'])), { failOn: 'warning' })).toBe(0);
    expect(exitCodeOf(report(result(['info'])), { failOn: 'info' })).toBe(1);
  });

  it('fails with more warnings than maxWarnings (across drafts)', () => {
    const r = report(result(['warning']), result(['warning']));
    expect(exitCodeOf(r, { maxWarnings: 2 })).toBe(0);
    expect(exitCodeOf(r, { maxWarnings: 1 })).toBe(1);
    expect(exitCodeOf(report(result(['info', 'info'])), { maxWarnings: 0 })).toBe(0);
  });

  it('fails when any draft scores below minScore', () => {
    expect(exitCodeOf(report(result([], 80), result([], 95)), { minScore: 80 })).toBe(0);
    expect(exitCodeOf(report(result([], 79), result([], 95)), { minScore: 80 })).toBe(1);
    expect(draftFails(result([], 79), { minScore: 80 })).toBe(true);
  });

  it('exit 2 wins: the tool could not do its job', () => {
    const r: LintReport = { results: [result(['error'])], errors: [{ file: 'x', message: 'm' }] };
    expect(exitCodeOf(r, { maxWarnings: 100 })).toBe(2);
  });

  // The warning-only fixture's own figures, so the tests follow the rules as they evolve.
  const warnOnly = runJson(['--no-config', WARN_ONLY]).json.results[0];
  const warnings = warnOnly.findings.filter(
    (f: { severity: string }) => f.severity === 'warning',
  ).length;

  it('the warning-only fixture has warnings and no errors', () => {
    expect(warnings).toBeGreaterThan(0);
    expect(warnOnly.findings.every((f: { severity: string }) => f.severity !== 'error')).toBe(true);
  });

  it('--max-warnings through the CLI, with a note on stderr', () => {
    expect(runCli(['--no-config', '--max-warnings', String(warnings), WARN_ONLY]).code).toBe(0);
    const run = runCli(['--no-config', '--max-warnings', String(warnings - 1), WARN_ONLY]);
    expect(run.code).toBe(1);
    const noun = warnings === 1 ? 'warning' : 'warnings';
    expect(run.stderr).toBe(
      `replylint: ${warnings} ${noun} (more than --max-warnings ${warnings - 1})\n`,
    );
  });

  it('--min-score and --fail-on through the CLI', () => {
    const score: number = warnOnly.score;
    expect(runCli(['--no-config', '--min-score', String(score), WARN_ONLY]).code).toBe(0);
    const low = runCli(['--no-config', '--min-score', String(score + 1), WARN_ONLY]);
    expect(low.code).toBe(1);
    expect(low.stderr).toMatch(
      new RegExp(`1 draft scored below --min-score ${score + 1} \\(lowest ${score}\\)`),
    );
    expect(runCli(['--no-config', '--fail-on', 'warning', WARN_ONLY]).code).toBe(1);
    expect(runCli(['--no-config', '--fail-on', 'warning', GOOD]).code).toBe(0);
  });

  it.each([
    [['--max-warnings', '-1'], /--max-warnings.*whole number/],
    [['--max-warnings', 'lots'], /whole number/],
    [['--min-score', '101'], /score from 0 to 100/],
    [['--fail-on', 'notice'], /argument 'notice' is invalid/],
  ])('rejects bad threshold values %j with exit 2', (args, message) => {
    const run = runCli(['--no-config', ...args, BAD]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
