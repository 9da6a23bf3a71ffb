import type { LintReport, Result } from '../types.js';
import type { FormatOptions } from './index.js';
import { xmlEscape } from './xml.js';

/**
 * JUnit XML, one test case per draft (grouped in a test suite per file). A
 * draft that fails the run's thresholds is a <failure> listing its findings;
 * a passing draft lists any findings it has in <system-out>. A file that could
 * not be linted is a test case with an <error>.
 */
export function formatJunit(report: LintReport, options: FormatOptions): string {
  const fails = options.fails ?? ((r: Result) => r.findings.some((f) => f.severity === 'error'));
  const suites = new Map<string, string[]>();
  const counts = new Map<string, { tests: number; failures: number; errors: number }>();
  const suite = (file: string) => {
    if (!suites.has(file)) {
      suites.set(file, []);
      counts.set(file, { tests: 0, failures: 0, errors: 0 });
    }
    return {
      cases: suites.get(file) as string[],
      count: counts.get(file) as { tests: number; failures: number; errors: number },
    };
  };

  for (const result of report.results) {
    const { cases, count } = suite(result.file);
    count.tests++;
    const name = result.draft ?? result.file;
    const open = `    <testcase name="${xmlEscape(name)}" classname="${xmlEscape(result.file)}">`;
    const details = result.findings.map(
      (f) => `${f.line}:${f.column} ${f.severity} ${f.message} [${f.ruleId}]`,
    );
    const score = `score ${result.score}/100`;
    if (fails(result)) {
      count.failures++;
      const summary = `${result.findings.length} problem${result.findings.length === 1 ? '' : 's'}, ${score}`;
      cases.push(
        open,
        `      <failure message="${xmlEscape(summary)}" type="replylint">${xmlEscape([...details, score].join('\n'))}</failure>`,
        '    </testcase>',
      );
    } else if (details.length) {
      cases.push(
        open,
        `      <system-out>${xmlEscape([...details, score].join('\n'))}</system-out>`,
        '    </testcase>',
      );
    } else {
      cases.push(`${open}</testcase>`);
    }
  }
  for (const e of report.errors) {
    const { cases, count } = suite(e.file);
    count.tests++;
    count.errors++;
    const where = e.line ? `${e.file}:${e.line}${e.column ? `:${e.column}` : ''}` : e.file;
    cases.push(
      `    <testcase name="${xmlEscape(e.file)}" classname="${xmlEscape(e.file)}">`,
      `      <error message="${xmlEscape(e.message)}" type="replylint">${xmlEscape(`${where}: ${e.message}`)}</error>`,
      '    </testcase>',
    );
  }

  const total = { tests: 0, failures: 0, errors: 0 };
  const body: string[] = [];
  for (const [file, cases] of suites) {
    const c = counts.get(file) ?? total;
    total.tests += c.tests;
    total.failures += c.failures;
    total.errors += c.errors;
    body.push(
      `  <testsuite name="${xmlEscape(file)}" tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="0">`,
      ...cases,
      '  </testsuite>',
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="replylint" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}">`,
    ...body,
    '</testsuites>',
    '',
  ].join('\n');
}
