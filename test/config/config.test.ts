import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

// Follows the method but for the blame, so that only blames-customer fires.
const BLAME =
  'Hi Dana,\nThanks for writing. You should have read the instructions. I have sent you a new copy today.\n';

const ruleIds = (json: {
  results: Array<{ findings: Array<{ ruleId: string; severity: string }> }>;
}) => json.results.flatMap((r) => r.findings.map((f) => `${f.ruleId}:${f.severity}`));

describe('config search', () => {
  it('uses the nearest config above each file, up to the project root', () => {
    const root = tmpTree({
      'project/package.json': '{ "name": "macros" }',
      'project/.replylintrc.yaml': 'rules:\n  blames-customer: warning\n',
      'project/team/.replylintrc.json': '{ "rules": { "blames-customer": "off" } }',
      'project/team/a.txt': BLAME,
      'project/b.txt': BLAME,
      // Above the project root: must not apply.
      '.replylintrc.yaml': 'rules:\n  blames-customer: info\n',
    });
    const cwd = path.join(root, 'project');
    const { json } = runJson(['team/a.txt', 'b.txt'], { cwd });
    expect(json.results.map((r: { file: string }) => r.file)).toEqual(['team/a.txt', 'b.txt']);
    expect(ruleIds({ results: [json.results[0]] })).toEqual([]);
    expect(ruleIds({ results: [json.results[1]] })).toEqual(['blames-customer:warning']);
  });

  it('stops at the project root: no config above it applies', () => {
    const root = tmpTree({
      '.replylintrc.yaml': 'rules:\n  blames-customer: off\n',
      'project/package.json': '{ "name": "x" }',
      'project/a.txt': BLAME,
    });
    const { json } = runJson(['a.txt'], { cwd: path.join(root, 'project') });
    expect(ruleIds(json)).toEqual(['blames-customer:error']);
  });

  it('reads the "replylint" key of package.json, and skips a package.json without one', () => {
    const withKey = tmpTree({
      'package.json': JSON.stringify({
        name: 'x',
        replylint: { rules: { 'blames-customer': 'info' } },
      }),
      'a.txt': BLAME,
    });
    expect(ruleIds(runJson(['a.txt'], { cwd: withKey }).json)).toEqual(['blames-customer:info']);
    const withoutKey = tmpTree({ 'package.json': '{ "name": "x" }', 'a.txt': BLAME });
    expect(ruleIds(runJson(['a.txt'], { cwd: withoutKey }).json)).toEqual([
      'blames-customer:error',
    ]);
  });

  it.each([
    ['replylint.config.mjs', "export default { rules: { 'blames-customer': 'info' } };\n"],
    ['.replylintrc.cjs', "module.exports = { rules: { 'blames-customer': 'info' } };\n"],
    ['.replylintrc.js', "module.exports = { rules: { 'blames-customer': 'info' } };\n"],
  ])('reads a JavaScript config: %s', (name, source) => {
    const root = tmpTree({ 'package.json': '{ "name": "x" }', [name]: source, 'a.txt': BLAME });
    expect(ruleIds(runJson(['a.txt'], { cwd: root }).json)).toEqual(['blames-customer:info']);
  });

  it('--config overrides the search and --no-config disables it; --rule wins over both', () => {
    const root = tmpTree({
      '.git/HEAD': '',
      '.replylintrc.yaml': 'rules:\n  blames-customer: off\n',
      'other.yaml': 'rules:\n  blames-customer: warning\n',
      'a.txt': BLAME,
    });
    expect(ruleIds(runJson(['a.txt'], { cwd: root }).json)).toEqual([]);
    expect(ruleIds(runJson(['--config', 'other.yaml', 'a.txt'], { cwd: root }).json)).toEqual([
      'blames-customer:warning',
    ]);
    expect(ruleIds(runJson(['--no-config', 'a.txt'], { cwd: root }).json)).toEqual([
      'blames-customer:error',
    ]);
    expect(
      ruleIds(
        runJson(['--config', 'other.yaml', '--rule', 'blames-customer=info', 'a.txt'], {
          cwd: root,
        }).json,
      ),
    ).toEqual(['blames-customer:info']);
  });

  it('takes rule options as [severity, options] and channel/name from config', () => {
    const root = tmpTree({
      '.git/HEAD': '',
      '.replylintrc.yaml': 'name: Dana\nrules:\n  blames-customer: [warning]\n',
      'a.txt':
        'Hello,\nThanks for writing. You should have read the instructions. I have sent a copy.\n',
    });
    const { json } = runJson(['a.txt'], { cwd: root });
    expect(ruleIds(json)).toEqual(['no-name:warning', 'blames-customer:warning']);
    expect(json.results[0].findings[0].message).toContain('Dana');
  });
});

/** Linting a.txt in this tree exits 2 with `message` as its only line, and no report. */
function expectOneLineError(files: Record<string, string>, message: RegExp) {
  const run = runCli(['a.txt'], { cwd: tmpTree(files) });
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stdout).toBe('');
}

describe('config errors', () => {
  it.each([
    [
      'rules:\n  blames-customer: warning\n  no-nam: off\n',
      /\.replylintrc\.yaml:3:3: unknown rule "no-nam" \(did you mean "no-name"\?\)/,
    ],
    [
      'rules:\n  no-name: loud\n',
      /\.replylintrc\.yaml:2:3: severity of "no-name" must be one of error, warning, info, off/,
    ],
    [
      'rulez:\n  no-name: off\n',
      /\.replylintrc\.yaml:1:1: unknown key "rulez" \(did you mean "rules"\?\)/,
    ],
    ['channel: fax\n', /\.replylintrc\.yaml:1:1: channel must be one of email, chat, social, sms/],
    [
      'rules:\n  no-name: [warning, { colour: red }]\n',
      /unknown option "colour" for rule "no-name"/,
    ],
    ['rules: [\n', /\.replylintrc\.yaml:\d+:\d+: /],
  ])('exits 2 with a one-line error naming file, line and key: %j', (config, message) => {
    expectOneLineError({ '.git/HEAD': '', '.replylintrc.yaml': config, 'a.txt': BLAME }, message);
  });

  it('names a JavaScript config that fails to load, in one line', () => {
    expectOneLineError(
      {
        'package.json': '{ "name": "x" }',
        'replylint.config.mjs': 'export default {\n',
        'a.txt': BLAME,
      },
      /^replylint: .*replylint\.config\.mjs: cannot load config: /,
    );
  });

  it('reports JSON config errors with their line too', () => {
    const root = tmpTree({
      '.git/HEAD': '',
      '.replylintrc.json': '{\n  "rules": {\n    "blame-customer": "off"\n  }\n}\n',
      'a.txt': BLAME,
    });
    const run = runCli(['a.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /\.replylintrc\.json:3:5: unknown rule "blame-customer" \(did you mean "blames-customer"\?\)/,
    );
  });
});
