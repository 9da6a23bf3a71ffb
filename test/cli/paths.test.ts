import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

const GOOD = 'Hi Dana,\n\nThanks for waiting. Your refund is on its way.\n';

describe('paths, globs and bad files through the CLI', () => {
  it('reports malformed JSON and YAML on one line with line and column, exit 2, others still linted', () => {
    const root = tmpTree({
      'macros/a-broken.json': '{\n  "macros": [\n    { "title": "x", }\n  ]\n}\n',
      'macros/b-broken.yaml': 'title: x\nactions:\n  - field: comment_value\n   value: "oops\n',
      'macros/c-good.txt': GOOD,
    });
    const run = runJson(['--no-config', 'macros'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.json.results.map((r: { file: string }) => r.file)).toEqual(['macros/c-good.txt']);
    expect(run.json.errors).toEqual([
      {
        file: 'macros/a-broken.json',
        message: 'malformed JSON: property name expected',
        line: 3,
        column: 21,
      },
      {
        file: 'macros/b-broken.yaml',
        message: expect.stringMatching(/^malformed YAML: /),
        line: expect.any(Number),
        column: expect.any(Number),
      },
    ]);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe(
      'replylint: macros/a-broken.json:3:21: malformed JSON: property name expected',
    );
    expect(lines[1]).toMatch(/^replylint: macros\/b-broken\.yaml:\d+:\d+: malformed YAML: [^\n]+$/);
    expect(lines).toHaveLength(2);
  });

  it('skips binary files and JSON that holds no replies with a note, not an error', () => {
    const root = tmpTree({
      'dir/image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
      'dir/settings.json': '{ "theme": "dark" }',
      'dir/reply.txt': GOOD,
    });
    const run = runJson(['--no-config', 'dir'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.json.errors).toEqual([]);
    expect(run.json.results).toHaveLength(1);
    expect(run.stderr).toMatch(/dir\/image\.txt: binary file \(not text\); skipped/);
    expect(run.stderr).toMatch(/dir\/settings\.json: no replies found/);
  });

  it('fails on a pattern that matches nothing, unless --no-error-on-unmatched-pattern', () => {
    const root = tmpTree({ 'reply.txt': GOOD });
    const failing = runJson(['--no-config', 'reply.txt', 'macros/**/*.json'], { cwd: root });
    expect(failing.code).toBe(2);
    expect(failing.json.errors).toEqual([
      { file: 'macros/**/*.json', message: 'no files match this pattern' },
    ]);
    expect(failing.json.results).toHaveLength(1);
    const passing = runJson(
      ['--no-config', '--no-error-on-unmatched-pattern', 'reply.txt', 'macros/**/*.json'],
      { cwd: root },
    );
    expect(passing.code).toBe(0);
    expect(passing.json.errors).toEqual([]);
  });

  it('honours .replylintignore and --ignore-pattern', () => {
    const root = tmpTree({
      '.replylintignore': 'archive/\n',
      'archive/old.txt': 'Per our policy, no.',
      'current/new.txt': GOOD,
      'current/draft.txt': 'Per our policy, no.',
    });
    const run = runJson(['--no-config', '.', '--ignore-pattern', 'current/draft.txt'], {
      cwd: root,
    });
    expect(run.code).toBe(0);
    expect(run.json.results.map((r: { file: string }) => r.file)).toEqual(['current/new.txt']);
  });

  it('reads formats, templates and field mappings from config', () => {
    const root = tmpTree({
      'package.json': '{}',
      '.replylintrc.yaml': [
        'formats:',
        '  "*.macro": zendesk',
        'templates: [snippets/**]',
        'collections:',
        '  - files: export/*.json',
        '    list: items',
        '    title: label',
        '    body: [html]',
      ].join('\n'),
      'refund.macro':
        '{"title": "Refund", "actions": [{"field": "comment_value", "value": "Hi {{ticket.requester.first_name}}, done. Thanks for waiting; I have refunded you."}]}',
      'snippets/hello.txt':
        'Hi {{ticket.requester.first_name}}, thanks for writing in. I will reply by noon.',
      'export/all.json':
        '{"items": [{"label": "Gift", "html": "<p>Hi {{ticket.requester.first_name}}, per our policy, no. Thanks for asking; I have sent the details.</p>"}]}',
    });
    const run = runJson(['.'], { cwd: root });
    const rows = run.json.results.map(
      (r: {
        file: string;
        draft: string;
        findings: Array<{ ruleId: string; line: number; column: number }>;
      }) => [r.file, r.draft, r.findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`)],
    );
    expect(rows).toEqual([
      ['export/all.json', 'Gift', ['cites-policy@1:78']],
      ['refund.macro', 'Refund', []],
      // A template: its placeholder is not "unfilled".
      ['snippets/hello.txt', null, []],
    ]);
  });

  it('names the config key of a bad mapping', () => {
    const root = tmpTree({
      'package.json': '{}',
      '.replylintrc.yaml': 'collections:\n  - files: a/*.json\n    boby: [html]\n',
      'a/x.json': '{}',
    });
    const run = runCli(['a'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /\.replylintrc\.yaml:3:5: unknown key "boby" \(did you mean "body"\?\)/,
    );
  });
});
