// End to end through the CLI: the example style folder and plugins under
// fixtures/, and broken rule files and plugins in temporary projects.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, runJson } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

const PROJECT = path.join(ROOT, 'fixtures/plugins/project');

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  hint: string;
  line: number;
  column: number;
  internal?: boolean;
  suggestions?: Array<{ text: string }>;
}

const findingsOf = (json: { results: Array<{ findings: JsonFinding[] }> }) =>
  json.results.flatMap((r) => r.findings);

describe('the example project (fixtures/plugins/project)', () => {
  let run: ReturnType<typeof runJson>;
  let findings: JsonFinding[];
  beforeAll(() => {
    run = runJson(['drafts/globex.txt', 'drafts/good.txt'], { cwd: PROJECT });
    findings = findingsOf(run.json);
  });
  const byId = (id: string) => findings.find((f) => f.ruleId === id);

  it('lints with the built-ins, the style folder, the plugin package and the local plugin', () => {
    const { code, json, stderr } = run;
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual([
      'email-greets-by-name:warning',
      'no-unfortunately:warning',
      // The built-ins: the draft never thanks the customer, and "L2" is jargon.
      'no-thanks:warning',
      'no-ticket:warning',
      // acme:recommended (after replylint:recommended) raises it to error.
      'acme/no-competitor-names:error',
      'jargon:warning',
      'no-support-tiers:info',
      'local/no-internal-links:error',
      'acme/no-discount-codes:error',
    ]);
    expect(json.results[1].findings).toEqual([]);
  });

  it('reports a YAML rule with its message, hint, position and suggestion', () => {
    expect(byId('no-ticket')).toMatchObject({
      message: 'Say "request" instead of "ticket".',
      hint: "Use the customer's words for what they asked us.",
      line: 3,
      column: 21,
      endColumn: 27,
      suggestions: [{ text: 'request' }],
    });
    expect(byId('no-support-tiers')).toMatchObject({ line: 4, column: 5 });
  });

  it('applies config settings to folder rules and turns built-ins off', () => {
    expect(byId('no-name')).toBeUndefined();
    // long-sentence: [warning, { max: 30 }] moves the metric's limit.
    const long = `${'We '.repeat(1)}${Array.from({ length: 32 }, (_, i) => `word${i}`).join(' ')}.`;
    const short = Array.from({ length: 29 }, (_, i) => `word${i}`).join(' ');
    // The built-in long-sentence takes the setting; the folder rule of the same id runs as
    // style/long-sentence with its own limit (35). The missing-move rules are off here.
    const run = runJson(['--rule', 'no-thanks=off', '--rule', 'no-next-step=off', '-'], {
      cwd: PROJECT,
      input: `Hi Dana,\n${long}\n${short}.\n`,
    });
    expect(findingsOf(run.json).map((f) => [f.ruleId, f.message])).toEqual([
      ['long-sentence', 'This sentence runs to 33 words.'],
    ]);
  });

  it('lists folder and plugin rules in `rules`, with where they come from', () => {
    const run = runCli(['rules', '--format', 'json'], { cwd: PROJECT });
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout) as Array<{ id: string; source?: string }>;
    const ids = list.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'no-name',
        'no-ticket',
        'long-sentence',
        'acme/no-competitor-names',
        'acme/no-discount-codes',
        'local/no-internal-links',
      ]),
    );
    expect(list.find((r) => r.id === 'acme/no-discount-codes')?.source).toBe(
      'plugin replylint-plugin-acme',
    );
    expect(list.find((r) => r.id === 'no-name')?.source).toBeUndefined();
    expect(runCli(['rules'], { cwd: PROJECT }).stdout).toMatch(
      /^local\/no-internal-links +clarity +error +15 +Links to a page only staff can open\. +\(plugin \.\/local-rules\.js\)$/m,
    );
  });

  it('explains folder and plugin rules', () => {
    const yaml = runCli(['explain', 'no-ticket'], { cwd: PROJECT });
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toMatch(/^no-ticket — Says "ticket", our internal word/);
    expect(yaml.stdout).toMatch(/from: .*fixtures\/style\/no-ticket\.yaml/);
    expect(yaml.stdout).toContain("✗ I've updated your ticket with the new address.");
    const plugin = runCli(['explain', 'acme/no-competitor-names'], { cwd: PROJECT });
    expect(plugin.stdout).toContain('from: plugin replylint-plugin-acme');
    expect(plugin.stdout).toContain('✓ Your parcel is at the depot on Globex Way.');
    const typo = runCli(['explain', 'acme/no-competitor-name'], { cwd: PROJECT });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/did you mean "acme\/no-competitor-names"/);
    // Without the config, only the built-ins exist.
    expect(runCli(['--no-config', 'explain', 'no-ticket'], { cwd: PROJECT }).code).toBe(2);
  });

  it('takes plugin and folder ids in --rule', () => {
    const run = runJson(
      ['--rule', 'acme/no-competitor-names=off', '--rule', 'no-ticket=error', 'drafts/globex.txt'],
      { cwd: PROJECT },
    );
    const ids = findingsOf(run.json).map((f) => `${f.ruleId}:${f.severity}`);
    expect(ids).not.toContain('acme/no-competitor-names:error');
    expect(ids).toContain('no-ticket:error');
    const typo = runCli(['--rule', 'acme/no-competitor=off', 'drafts/globex.txt'], {
      cwd: PROJECT,
    });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/unknown rule "acme\/no-competitor"/);
  });
});

// Thanks and a next step, so the built-in missing-move rules stay quiet.
const DRAFT = 'Hi Dana,\nYour ticket is open. Globex is slower. Thanks, I will call you today.\n';

const ticketRule = `id: no-ticket
kind: phrases
message: Say "request", not "{{match}}".
hint: Use their words.
phrases: [ticket]
`;

describe('rule folders', () => {
  it('loads *.yaml and *.yml rules relative to the config file, with documented defaults', () => {
    const root = tmpTree({
      'package.json': '{}',
      'config/.replylintrc.yaml': 'rulesDirs: ../style\n',
      'style/no-ticket.yml': ticketRule,
      'style/notes.txt': 'not a rule',
      'drafts/a.txt': DRAFT,
    });
    const run = runJson(['--config', 'config/.replylintrc.yaml', 'drafts/a.txt'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(findingsOf(run.json)).toEqual([
      expect.objectContaining({
        ruleId: 'no-ticket',
        severity: 'warning',
        message: 'Say "request", not "ticket".',
        hint: 'Use their words.',
        line: 2,
        column: 6,
      }),
    ]);
  });

  it('namespaces a folder rule whose id a built-in rule has', () => {
    const root = tmpTree({
      'package.json': '{}',
      '.replylintrc.yaml': 'rulesDirs: [team-style]\n',
      'team-style/no-name.yaml': ticketRule.replace('id: no-ticket', 'id: no-name'),
      'a.txt': DRAFT,
    });
    const ids = findingsOf(runJson(['a.txt'], { cwd: root }).json).map((f) => f.ruleId);
    expect(ids).toEqual(['team-style/no-name']);
    expect(runCli(['rules'], { cwd: root }).stdout).toMatch(/^no-name /m);
  });

  it.each([
    [
      'a pattern YAML cuts at " #Tag"',
      'id: x\nkind: pattern\nmessage: m\npatterns:\n  - you should have #PastTense\n',
      /^replylint: style\/bad\.yaml:5:5: "#PastTense" after a space starts a YAML comment, so this entry is read as "you should have": quote it/,
    ],
    [
      'an unknown compromise tag',
      'id: x\nkind: pattern\nmessage: m\npatterns:\n  - "we #Nuon"\n  - "you should have #PastTence"\n',
      /style\/bad\.yaml:5:5: "patterns\[0\]": unknown tag "#Nuon" \(did you mean "Noun"\?\)/,
    ],
    [
      'an unbalanced pattern',
      'id: x\nkind: pattern\nmessage: m\npatterns:\n  - "ok"\n  - "(you|we failed"\n',
      /style\/bad\.yaml:6:5: "patterns\[1\]": unbalanced "\("/,
    ],
    [
      'a regular expression RE2 cannot run',
      'id: x\nkind: pattern\nmessage: m\npatterns:\n  - "/(?<=re)fund/"\n',
      /style\/bad\.yaml:5:5: "patterns\[0\]": regular expression \/\(\?<=re\)fund\/ cannot be used: .*linear time with RE2/,
    ],
    [
      'a missing required key',
      'id: x\nkind: phrases\nphrases: [a]\n',
      /style\/bad\.yaml:1:1: "message" is required/,
    ],
    [
      'a key the kind does not have',
      'id: x\nkind: phrases\nmessage: m\nphrases: [a]\npattern: [b]\n',
      /style\/bad\.yaml:5:1: unknown key "pattern"/,
    ],
    ['a YAML syntax error', 'id: x\nkind: [phrases\nmessage: m\n', /style\/bad\.yaml:3:1: /],
    [
      'two rules in one file',
      `${ticketRule}---\n${ticketRule}`,
      /style\/bad\.yaml:6:1: a file holds one rule/,
    ],
  ])('rejects %s: exit 2 with file:line, before any draft is linted', (_what, yaml, message) => {
    const root = tmpTree({
      'package.json': '{}',
      '.replylintrc.yaml': 'rulesDirs: [style]\n',
      'style/bad.yaml': yaml,
      'a.txt': DRAFT,
    });
    const run = runCli(['a.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
    const json = runJson(['a.txt'], { cwd: root });
    expect(json.json).toMatchObject({ results: [], errors: [{ message: expect.any(String) }] });
  });

  it('rejects a missing folder and a duplicate id, naming where', () => {
    const missing = tmpTree({
      'package.json': '{}',
      '.replylintrc.yaml': 'channel: chat\nrulesDirs:\n  - ./style\n  - ./nope\n',
      'style/a.yaml': ticketRule,
      'a.txt': DRAFT,
    });
    const run = runCli(['a.txt'], { cwd: missing });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.replylintrc\.yaml:4:5: rules folder "\.\/nope" not found/);
    const twice = tmpTree({
      'package.json': '{}',
      '.replylintrc.yaml': 'rulesDirs: [style]\n',
      'style/a.yaml': ticketRule,
      'style/b.yaml': ticketRule,
      'a.txt': DRAFT,
    });
    expect(runCli(['a.txt'], { cwd: twice }).stderr).toMatch(
      /style\/b\.yaml: rule id "no-ticket" is already defined in style\/a\.yaml/,
    );
  });
});

const PLUGIN = `export default {
  name: 'team',
  rules: [
    { id: 'no-globex', kind: 'phrases', message: 'No "{{match}}".', phrases: ['Globex'] },
    {
      id: 'crashes',
      message: 'never shown',
      check(reply) {
        if (reply.text.includes('ticket')) throw new Error('boom');
      },
    },
  ],
  presets: { strict: { rules: { 'no-globex': 'error', 'no-name': 'off' } } },
};
`;

describe('plugins', () => {
  it('reports a rule that crashes as an internal error for that draft; the other rules still run', () => {
    const root = tmpTree({
      'package.json': '{ "type": "module" }',
      '.replylintrc.json': '{ "plugins": ["./team.js"] }',
      'team.js': PLUGIN,
      'a.txt': DRAFT,
      'b.txt': 'Hi Dana,\nGlobex is slower. Thanks, I will call you today.\n',
    });
    const run = runJson(['a.txt', 'b.txt'], { cwd: root });
    expect(run.code).toBe(2);
    const [a, b] = run.json.results;
    expect(a.findings.map((f: JsonFinding) => f.ruleId)).toEqual([
      'team/crashes',
      'team/no-globex',
    ]);
    expect(a.findings[0]).toMatchObject({
      internal: true,
      severity: 'error',
      message: 'Internal error: rule "team/crashes" (plugin ./team.js) crashed on this draft: boom',
    });
    expect(b.findings.map((f: JsonFinding) => f.ruleId)).toEqual(['team/no-globex']);
  });

  it('applies plugin presets; later extends entries override earlier ones', () => {
    const root = tmpTree({
      'package.json': '{ "type": "module" }',
      'team.js': PLUGIN,
      'a.txt': 'Hello, Globex is slower. Thanks, I will call you today.\n',
      'recommended-last.yaml':
        'plugins: [./team.js]\nextends: [team:strict, replylint:recommended]\n',
      'strict-last.yaml': 'plugins: [./team.js]\nextends: [replylint:recommended, team:strict]\n',
      'only-team.yaml': 'plugins: [./team.js]\nextends: team:strict\n',
      'replylint-strict.yaml': 'extends: replylint:strict\n',
    });
    const ids = (config: string) =>
      findingsOf(runJson(['--config', config, 'a.txt'], { cwd: root }).json).map(
        (f) => `${f.ruleId}:${f.severity}`,
      );
    expect(ids('recommended-last.yaml')).toEqual(['no-name:warning', 'team/no-globex:warning']);
    expect(ids('strict-last.yaml')).toEqual(['team/no-globex:error']);
    expect(ids('only-team.yaml')).toEqual(['team/no-globex:error']);
    expect(ids('replylint-strict.yaml')).toEqual(['no-name:error']);
    const bad = tmpTree({
      '.replylintrc.yaml': 'extends: team:strikt\n',
      'a.txt': 'x',
      '.git/HEAD': '',
    });
    expect(runCli(['a.txt'], { cwd: bad }).stderr).toMatch(/unknown preset "team:strikt"/);
  });

  it.each([
    [
      'throws while loading',
      'throw new Error("no licence key");\n',
      /\.replylintrc\.yaml:3:5: plugin "\.\/team\.js" failed to load: no licence key/,
    ],
    [
      'exports no rules',
      'export const version = 1;\n',
      /plugin "\.\/team\.js" exports no rules or presets/,
    ],
    [
      'has a broken rule',
      'export default { rules: [{ id: "x", kind: "phrases", message: "m" }] };\n',
      /plugin "\.\/team\.js": rules\[0\]\.phrases: "phrases" is required/,
    ],
    [
      'has a preset naming an unknown rule',
      'export default { rules: [], presets: { all: { rules: { nope: "error" } } } };\n',
      /plugin "\.\/team\.js": preset "all": unknown rule "nope"/,
    ],
  ])('exits 2 naming a plugin that %s', (_what, source, message) => {
    const root = tmpTree({
      'package.json': '{ "type": "module" }',
      '.replylintrc.yaml': 'channel: chat\nplugins:\n  - ./team.js\n',
      'team.js': source,
      'a.txt': DRAFT,
    });
    const run = runCli(['a.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it('resolves a package from the config file folder, not from the working directory', () => {
    const root = tmpTree({
      'project/package.json': '{}',
      'project/.replylintrc.yaml': 'plugins: [replylint-plugin-team]\n',
      'project/node_modules/replylint-plugin-team/package.json':
        '{ "name": "replylint-plugin-team", "main": "index.cjs" }',
      'project/node_modules/replylint-plugin-team/index.cjs':
        'module.exports = { rules: [{ id: "no-globex", kind: "phrases", message: "m", phrases: ["Globex"] }] };\n',
      'project/a.txt': DRAFT,
      'elsewhere/.git/HEAD': '',
    });
    const run = runJson(['../project/a.txt'], { cwd: path.join(root, 'elsewhere') });
    expect(findingsOf(run.json).map((f) => f.ruleId)).toContain('team/no-globex');
    const missing = runCli(['a.txt'], {
      cwd: tmpTree({
        'package.json': '{}',
        '.replylintrc.yaml': 'plugins: [replylint-plugin-nope]\n',
        'a.txt': 'x',
      }),
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /\.replylintrc\.yaml:1:11: cannot find plugin "replylint-plugin-nope" from .* \(install it there: npm install --save-dev replylint-plugin-nope\)/,
    );
  });
});

describe('replylint test-rules', () => {
  it('runs the examples of the example style folder', () => {
    const run = runCli(['test-rules', 'fixtures/style']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ no-ticket: 4 fires, 5 passes');
    expect(run.stdout).toMatch(/^5 rules: 5 passed, 0 failed$/m);
  });

  it('shows each failing example and exits 1; a broken file exits 2, the others still run', () => {
    const root = tmpTree({
      'style/a-good.yaml': `${ticketRule}examples:\n  fires: [Your ticket is open.]\n  passes: [Your request is open.]\n`,
      'style/b-wrong.yaml': `${ticketRule.replace('no-ticket', 'wrong')}examples:\n  fires:\n    - Your request is open.\n    - text: Your ticket is open.\n      findings: [{ match: ticket, column: 1 }]\n  passes: [The ticket office is shut.]\n`,
      'style/c-none.yaml': ticketRule.replace('no-ticket', 'none'),
    });
    const failing = runCli(['test-rules', 'style'], { cwd: root });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('✓ no-ticket: 1 fires, 1 passes');
    expect(failing.stdout).toContain('✗ wrong: 3 of 3 examples failed');
    expect(failing.stdout).toContain('expected a finding, got none');
    expect(failing.stdout).toContain('finding 1: expected column 1, got 6');
    expect(failing.stdout).toContain('expected no finding, got "ticket" at 1:5');
    expect(failing.stdout).toContain('✗ none: no examples');
    expect(failing.stdout).toMatch(/^3 rules: 1 passed, 2 failed$/m);
    const broken = tmpTree({
      'style/a-good.yaml': `${ticketRule}examples:\n  fires: [Your ticket is open.]\n`,
      'style/b-broken.yaml': 'id: x\nkind: phrases\nmessage: m\nphrases:\n  - ticket #1\n',
    });
    const run = runCli(['test-rules', 'style', 'missing'], { cwd: broken });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /style\/b-broken\.yaml:5:5: "#1" after a space starts a YAML comment/,
    );
    expect(run.stderr).toMatch(/missing: no such file or folder/);
    expect(run.stdout).toContain('✓ no-ticket');
  });
});
