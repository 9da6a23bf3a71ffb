import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { ROOT, runCli, runJson } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

const BAD = path.join(ROOT, 'fixtures/drafts/email-policy-wall.txt');
const GOOD = path.join(ROOT, 'fixtures/drafts/email-good-refund.txt');
const WARN_ONLY = path.join(ROOT, 'fixtures/drafts/chat-no-name.txt');

describe('replylint CLI', () => {
  it('prints help with examples and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage: replylint/);
    expect(run.stdout).toMatch(/Examples:/);
    expect(run.stdout).toMatch(/pbpaste \| replylint -/);
  });

  it('prints its version', () => {
    const run = runCli(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('still runs from its earlier path, bin/replylint.js', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin/replylint.js'), '--no-config', BAD],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('blames-customer');
  });

  it('prints findings for all four headline rules with hints and a score', () => {
    const run = runCli(['--no-config', BAD]);
    expect(run.code).toBe(1);
    for (const id of ['blames-customer', 'cites-policy', 'apologizes-for-feelings', 'no-name']) {
      expect(run.stdout).toContain(id);
    }
    expect(run.stdout).toMatch(/→ /);
    expect(run.stdout).toMatch(/score \d+\/100 · rewrite/);
    expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings?, \d+ info\)/);
    // Not a terminal: no colour, and the matched words are underlined with carets.
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout).toMatch(/\^\^\^/);
  });

  it('colours with --color, never with NO_COLOR', () => {
    expect(runCli(['--no-config', '--color', BAD]).stdout).toContain('\u001b[');
    expect(
      runCli(['--no-config', BAD], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout,
    ).not.toContain('\u001b[');
  });

  it('exits 1 on error-level findings, 0 on warnings only or none', () => {
    expect(runCli(['--no-config', BAD]).code).toBe(1);
    expect(runCli(['--no-config', WARN_ONLY]).code).toBe(0);
    expect(runCli(['--no-config', GOOD]).code).toBe(0);
  });

  it('--quiet shows errors only', () => {
    const run = runCli(['--no-config', '--quiet', BAD]);
    expect(run.stdout).not.toContain('no-name');
    expect(run.stdout).toContain('blames-customer');
  });

  it('lints stdin with "-", named "-"', () => {
    const { code, json } = runJson(['--no-config', '-'], { input: 'Per our policy, no.\n' });
    expect(code).toBe(1);
    expect(json.results[0].file).toBe('-');
    expect(json.results[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain(
      'cites-policy',
    );
  });

  it('uses --name and --channel', () => {
    const { json } = runJson(['--no-config', '--name', 'Priya', '--channel', 'chat', '-'], {
      input: 'Hi Dana, done.',
    });
    expect(json.results[0].findings[0]).toMatchObject({ ruleId: 'no-name', line: 1, column: 1 });
    expect(json.results[0].findings[0].message).toContain('Priya');
    expect(runCli(['--channel', 'fax', GOOD]).code).toBe(2);
  });

  it('reports an unreadable file on stderr, lints the others, exits 2', () => {
    const run = runJson(['--no-config', 'missing.txt', GOOD]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('replylint: missing.txt: no such file\n');
    expect(run.json.errors).toEqual([{ file: 'missing.txt', message: 'no such file' }]);
    expect(run.json.results.map((r: { file: string }) => r.file)).toEqual([GOOD]);
  });

  it('rejects a binary file with a clear message', () => {
    const root = tmpTree({ 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]) });
    const run = runCli(['--no-config', 'image.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/image\.txt: binary file/);
  });

  it.each([
    [['--rule', 'no-nam=off', GOOD], /unknown rule "no-nam" \(did you mean "no-name"\?\)/],
    [['--rule', 'no-name=loud', GOOD], /unknown severity "loud"/],
    [['--rule', 'no-name', GOOD], /expected id=severity/],
    [['--frmat', 'json', GOOD], /unknown option '--frmat'/],
    [['--format', 'xml', GOOD], /argument 'xml' is invalid/],
    [[], /no files given/],
    [['--context', 'nope.txt', GOOD], /--context nope\.txt: no such file/],
    [['explain', 'blame'], /unknown rule "blame"/],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('keeps stdout valid JSON with --format json even when the run fails', () => {
    const run = runCli(['--format', 'json', '--rule', 'nope=off', GOOD]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({
      version: 1,
      results: [],
      errors: [{ message: expect.stringMatching(/unknown rule/) }],
    });
  });

  it('returns results in path order', () => {
    const { json } = runJson(['--no-config', GOOD, BAD, WARN_ONLY]);
    expect(json.results.map((r: { file: string }) => r.file)).toEqual([GOOD, BAD, WARN_ONLY]);
  });
});

describe('JSON output', () => {
  const dir = path.join(ROOT, 'fixtures/drafts');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join('fixtures/drafts', f));

  it('has exactly the documented shape for every fixture', () => {
    const { json } = runJson(['--no-config', ...files]);
    expect(Object.keys(json)).toEqual(['version', 'results', 'errors']);
    expect(json.version).toBe(1);
    expect(json.results).toHaveLength(files.length);
    for (const result of json.results) {
      expect(Object.keys(result)).toEqual(['file', 'draft', 'score', 'strengths', 'findings']);
      expect(files).toContain(result.file);
      expect(result.draft).toBeNull();
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
      for (const f of result.findings) {
        expect(Object.keys(f).slice(0, 8)).toEqual([
          'ruleId',
          'severity',
          'message',
          'hint',
          'line',
          'column',
          'endLine',
          'endColumn',
        ]);
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.column).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('points at the first word of the phrase', () => {
    const { json } = runJson(['--no-config', '-'], {
      input: 'Sorry.\nWell, Per our policy, no refunds.',
    });
    const finding = json.results[0].findings.find(
      (f: { ruleId: string }) => f.ruleId === 'cites-policy',
    );
    expect(finding).toMatchObject({ line: 2, column: 7, endLine: 2, endColumn: 21 });
  });
});

describe('rules and explain', () => {
  it('lists every rule', () => {
    const run = runCli(['rules']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^blames-customer\s+tone\s+error/m);
    expect(run.stdout).toMatch(/^no-name\s+listen\s+warning/m);
  });

  it('explains a rule with its rationale and examples', () => {
    const run = runCli(['explain', 'cites-policy']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Why:/);
    expect(run.stdout).toMatch(/✗ Per our policy/);
    expect(run.stdout).toMatch(/✓ Our returns policy lets me refund you/);
  });
});
