import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatCompact } from '../../src/report/compact.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { formatJunit } from '../../src/report/junit.js';
import { toSarif } from '../../src/report/sarif.js';
import type { LintReport } from '../../src/types.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

// The fixture repository, linted through the CLI as a user would (paths relative to ROOT).
const DIR = 'fixtures/drafts';
const FILES = readdirSync(path.join(ROOT, DIR))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => `${DIR}/${f}`);

function lintAs(format: string, extra: string[] = []) {
  return runCli(['--no-config', '--format', format, ...extra, ...FILES]);
}

const fixtureJson = JSON.parse(lintAs('json').stdout) as {
  results: Array<{ file: string; draft: string | null; findings: Array<Record<string, unknown>> }>;
};
const ALL_FINDINGS = fixtureJson.results.flatMap((r) =>
  r.findings.map((f) => ({ file: r.file, ...f })),
) as Array<{
  file: string;
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}>;

/** The official SARIF 2.1.0 JSON schema, as Microsoft's SARIF SDK ships it (draft-04). */
function sarifValidator() {
  const require = createRequire(import.meta.url);
  const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  // The schema's `language` pattern is not valid with the u flag; JSON Schema does not ask for it.
  // CommonJS modules: their `default` export is the class / plugin itself.
  const ajv = new AjvDraft04.default({
    allErrors: true,
    strict: false,
    validateSchema: false,
    unicodeRegExp: false,
  });
  ajvFormats.default(ajv);
  return ajv.compile(schema);
}

describe('--format sarif', () => {
  const run = lintAs('sarif');
  const log = JSON.parse(run.stdout);

  it('is valid against the SARIF 2.1.0 schema', () => {
    const validate = sarifValidator();
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.version).toBe('2.1.0');
  });

  it('the validator rejects a broken log (so the check above can fail)', () => {
    const validate = sarifValidator();
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'info';
    expect(validate(broken)).toBe(false);
  });

  it('lists the rules with descriptions and help, and one result per finding', () => {
    const [run0] = log.runs;
    const ids = run0.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['blames-customer', 'cites-policy', 'no-name']));
    for (const rule of run0.tool.driver.rules) {
      expect(rule.shortDescription.text).not.toBe('');
      expect(rule.help.text).toMatch(/How to rewrite:/);
      expect(rule.help.text).not.toMatch(/\{\{\s*match\s*\}\}/);
    }
    expect(run0.results).toHaveLength(ALL_FINDINGS.length);
    expect(run0.columnKind).toBe('utf16CodeUnits');
  });

  it('maps severities to SARIF levels, columns from 1, URIs relative to the working directory', () => {
    const [run0] = log.runs;
    ALL_FINDINGS.forEach((f, i) => {
      const result = run0.results[i];
      expect(result.ruleId).toBe(f.ruleId);
      expect(run0.tool.driver.rules[result.ruleIndex].id).toBe(f.ruleId);
      expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[f.severity]);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation.uri).toBe(f.file);
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(region).toEqual({
        startLine: f.line,
        startColumn: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
      });
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
    });
    expect(run0.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${ROOT}/`);
  });

  it('turns info into note, and files that could not be read into notifications', () => {
    const report: LintReport = {
      results: [
        {
          file: path.join(ROOT, 'a b#1.txt'),
          draft: 'Refund (chat)',
          score: 90,
          strengths: [],
          findings: [
            {
              ruleId: 'some-info',
              severity: 'info',
              message: 'm',
              hint: '',
              span: { start: 0, end: 1 },
              excerpt: 'x',
              line: 2,
              column: 1,
              endLine: 2,
              endColumn: 2,
            },
          ],
        },
      ],
      errors: [{ file: 'broken.json', message: 'bad JSON', line: 3, column: 4 }],
    };
    const sarif = toSarif(report, { color: false, cwd: ROOT, rules: [], version: '1.2.3' });
    const validate = sarifValidator();
    expect(validate(sarif)).toBe(true);
    const result = sarif.runs[0]?.results?.[0];
    expect(result?.level).toBe('note');
    expect(result?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('a%20b%231.txt');
    expect(result?.locations?.[0]?.logicalLocations?.[0]?.name).toBe('Refund (chat)');
    expect(sarif.runs[0]?.invocations?.[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error', message: { text: 'bad JSON' } }],
    });
  });
});

describe('--format github', () => {
  const run = lintAs('github');
  const lines = run.stdout.split('\n').filter(Boolean);

  it('prints exactly one well-formed workflow command per finding', () => {
    expect(lines).toHaveLength(ALL_FINDINGS.length);
    const shape =
      /^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::[^\r\n]+$/;
    ALL_FINDINGS.forEach((f, i) => {
      const line = lines[i] as string;
      expect(line).toMatch(shape);
      expect(line).toContain(
        `::${f.severity === 'info' ? 'notice' : f.severity} file=${f.file},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=replylint%3A ${f.ruleId}::`,
      );
    });
  });

  it('keeps the exit code of the findings', () => {
    expect(run.code).toBe(1);
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50% off\r\nnow')).toBe('50%25 off%0D%0Anow');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const out = formatGithub(
      {
        results: [
          {
            file: path.join(ROOT, 'macros/a,b:c.txt'),
            draft: 'Title, with: punctuation',
            score: 50,
            strengths: [],
            findings: [
              {
                ruleId: 'r',
                severity: 'warning',
                message: 'Two\nlines, 100%',
                hint: 'Hint',
                span: { start: 0, end: 1 },
                excerpt: 'T',
                line: 1,
                column: 1,
                endLine: 1,
                endColumn: 2,
              },
            ],
          },
        ],
        errors: [],
      },
      { color: false, cwd: ROOT },
    );
    expect(out).toBe(
      '::warning file=macros/a%2Cb%3Ac.txt,line=1,col=1,endLine=1,endColumn=2,title=replylint%3A r (Title%2C with%3A punctuation)::Two%0Alines, 100%25%0A→ Hint\n',
    );
  });
});

describe('--format compact', () => {
  it('prints file:line:col: severity message [rule-id], one per finding', () => {
    const run = lintAs('compact');
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines).toEqual(
      ALL_FINDINGS.map(
        (f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.message} [${f.ruleId}]`,
      ),
    );
  });

  it('lists files that could not be read', () => {
    expect(
      formatCompact({ results: [], errors: [{ file: 'x.json', message: 'bad', line: 2 }] }),
    ).toBe('x.json:2: error bad\n');
  });
});

describe('--format junit', () => {
  const run = lintAs('junit');

  it('is well-formed XML with one test case per draft', () => {
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const xml = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'testsuite' || name === 'testcase',
    }).parse(run.stdout);
    const cases = xml.testsuites.testsuite.flatMap((s: { testcase: unknown[] }) => s.testcase);
    expect(cases).toHaveLength(FILES.length);
    expect(xml.testsuites['@_tests']).toBe(String(FILES.length));
  });

  it('fails the drafts with error-level findings and passes the others', () => {
    const failing = fixtureJson.results.filter((r) =>
      r.findings.some((f) => f.severity === 'error'),
    ).length;
    expect(run.stdout.match(/<failure /g) ?? []).toHaveLength(failing);
    expect(run.stdout).toContain(`failures="${failing}"`);
  });

  it('follows the thresholds: --fail-on warning fails drafts with warnings too', () => {
    const strict = lintAs('junit', ['--fail-on', 'warning']);
    const failing = fixtureJson.results.filter((r) => r.findings.length > 0).length;
    expect(strict.stdout.match(/<failure /g) ?? []).toHaveLength(failing);
  });

  it('escapes XML and drops characters XML cannot hold', () => {
    const out = formatJunit(
      {
        results: [
          {
            file: 'a&b.txt',
            draft: '<Refund> "quote"',
            score: 10,
            strengths: [],
            findings: [
              {
                ruleId: 'r',
                severity: 'error',
                message: 'bad \u0001 & <worse>',
                hint: '',
                span: { start: 0, end: 1 },
                excerpt: 'x',
                line: 1,
                column: 1,
                endLine: 1,
                endColumn: 2,
              },
            ],
          },
        ],
        errors: [{ file: 'gone.txt', message: 'no such file' }],
      },
      { color: false, cwd: ROOT },
    );
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).toContain('name="&lt;Refund&gt; &quot;quote&quot;"');
    expect(out).toContain('bad  &amp; &lt;worse&gt;');
    expect(out).toContain('<error message="no such file"');
  });
});

describe('--output-file', () => {
  it('writes the chosen format to the file, stylish to the terminal, same exit code', () => {
    const dir = tmpTree({});
    const target = path.join(dir, 'reports/replylint.sarif');
    const plain = lintAs('sarif');
    const run = lintAs('sarif', ['--output-file', target]);
    expect(run.code).toBe(plain.code);
    expect(run.stdout).toMatch(/score \d+\/100/);
    expect(run.stdout).not.toContain('"version"');
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(JSON.parse(plain.stdout));
  });

  it('keeps exit code 0 for a clean run', () => {
    const dir = tmpTree({});
    const run = runCli([
      '--no-config',
      '-f',
      'json',
      '-o',
      path.join(dir, 'r.json'),
      `${DIR}/email-good-refund.txt`,
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')).version).toBe(1);
  });

  it('exits 2 when the file cannot be written', () => {
    const dir = tmpTree({ 'taken.txt': 'a file, not a folder' });
    const run = lintAs('json', ['-o', path.join(dir, 'taken.txt/out.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--output-file .*taken\.txt\/out\.json/);
  });
});
