import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_CONFIG } from '../../src/cli/init.js';
import { runCli, runJson } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

const POLICY = 'Per our policy, no refunds.\n';

const CONFIG = `
channel: email
rules:
  no-name: warning
overrides:
  - files: ["macros/social/**"]
    channel: social
    rules:
      cites-policy: warning
  - files: ["*.chat.txt"]
    excludedFiles: ["macros/social/**"]
    channel: chat
    rules:
      no-name: off
`;

function repo(extra: Record<string, string> = {}) {
  return tmpTree({
    'package.json': '{}',
    '.replylintrc.yaml': CONFIG,
    'macros/social/late.txt': POLICY,
    'macros/email/late.txt': POLICY,
    'macros/email/quick.chat.txt': POLICY,
    'macros/social/quick.chat.txt': POLICY,
    ...extra,
  });
}

function printed(cwd: string, file: string) {
  const run = runCli(['--print-config', file], { cwd });
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe('overrides', () => {
  it('applies channel and rules to the files whose globs match, in order', () => {
    const cwd = repo();
    expect(printed(cwd, 'macros/social/late.txt')).toMatchObject({
      configFile: '.replylintrc.yaml',
      overrides: [0],
      channel: 'social',
      rules: { 'cites-policy': 'warning', 'no-name': 'warning' },
    });
    expect(printed(cwd, 'macros/email/late.txt')).toMatchObject({
      overrides: [],
      channel: 'email',
      rules: { 'cites-policy': 'error' },
    });
    // A glob without a slash matches the file name in any folder.
    expect(printed(cwd, 'macros/email/quick.chat.txt')).toMatchObject({
      overrides: [1],
      channel: 'chat',
      rules: { 'no-name': 'off' },
    });
    // excludedFiles keeps the second override off social macros.
    expect(printed(cwd, 'macros/social/quick.chat.txt')).toMatchObject({
      overrides: [0],
      channel: 'social',
    });
  });

  it('changes what the lint reports', () => {
    const cwd = repo();
    const { json } = runJson(['macros/social/late.txt', 'macros/email/late.txt'], { cwd });
    const severities = json.results.map(
      (r: { findings: Array<{ ruleId: string; severity: string }> }) =>
        r.findings.find((f) => f.ruleId === 'cites-policy')?.severity,
    );
    expect(severities).toEqual(['warning', 'error']);
  });

  it('command-line flags still win over overrides', () => {
    const cwd = repo();
    const shown = runCli(
      [
        '--print-config',
        'macros/social/late.txt',
        '--channel',
        'sms',
        '--rule',
        'cites-policy=off',
      ],
      { cwd },
    );
    expect(JSON.parse(shown.stdout)).toMatchObject({
      channel: 'sms',
      rules: { 'cites-policy': 'off' },
    });
  });

  it('globs are relative to the config file, or to the working directory with --config', () => {
    const cwd = repo();
    // From a sub-folder the globs still mean the repository's macros/social.
    expect(printed(path.join(cwd, 'macros'), 'social/late.txt').channel).toBe('social');
    const run = runCli(
      ['--config', path.join(cwd, '.replylintrc.yaml'), '--print-config', 'social/late.txt'],
      { cwd: path.join(cwd, 'macros') },
    );
    expect(JSON.parse(run.stdout).channel).toBe('email');
  });

  it.each([
    ['overrides: {}', /\.replylintrc\.yaml:1:1: "overrides" must be a list/],
    ['overrides:\n  - channel: chat', /:2:5: an override needs "files"/],
    [
      'overrides:\n  - files: ["a/**"]\n    chanel: chat',
      /:3:5: unknown key "chanel" in override \(did you mean "channel"\?\)/,
    ],
    [
      'overrides:\n  - files: ["a/**"]\n    rules:\n      no-nam: off',
      /:4:7: unknown rule "no-nam" \(did you mean "no-name"\?\)/,
    ],
    ['overrides:\n  - files: ["a/**"]\n    channel: fax', /:3:5: channel must be one of/],
    ['overrides:\n  - files: []', /"files" must name at least one glob/],
    ['overrides:\n  - files: ["a/**"]\n    template: true', /unknown key "template" in override/],
  ])('rejects %j with the file, line and key', (config, message) => {
    const cwd = tmpTree({ 'package.json': '{}', '.replylintrc.yaml': config, 'a.txt': POLICY });
    const run = runCli(['a.txt'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('--stdin-filename', () => {
  it('gives piped input the config, overrides and report name of that path', () => {
    const cwd = repo();
    const { code, json } = runJson(['--stdin-filename', 'macros/social/new.txt', '-'], {
      cwd,
      input: POLICY,
    });
    expect(code).toBe(0); // cites-policy is a warning for social macros
    expect(json.results[0].file).toBe('macros/social/new.txt');
    expect(json.results[0].findings.map((f: { severity: string }) => f.severity)).toContain(
      'warning',
    );
  });

  it('reads standard input when no file is given', () => {
    const cwd = repo();
    const { code, json } = runJson(['--stdin-filename', 'macros/email/new.txt'], {
      cwd,
      input: POLICY,
    });
    expect(code).toBe(1);
    expect(json.results[0].file).toBe('macros/email/new.txt');
  });
});

describe('replylint init', () => {
  it('writes a commented starter config that replylint accepts', () => {
    const cwd = tmpTree({ 'package.json': '{}', 'macros/social/a.txt': POLICY });
    const run = runCli(['init'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/wrote \.replylintrc\.yaml/);
    const written = readFileSync(path.join(cwd, '.replylintrc.yaml'), 'utf8');
    expect(written).toBe(STARTER_CONFIG);
    expect(written).toMatch(/^extends: replylint:recommended$/m);
    expect(written).toMatch(/^# /m);
    expect(printed(cwd, 'macros/social/a.txt')).toMatchObject({
      channel: 'social',
      overrides: [0],
    });
  });

  it.each([
    [
      { '.replylintrc.yaml': 'channel: chat\n' },
      /\.replylintrc\.yaml already holds a replylint config/,
    ],
    [{ '.replylintrc': 'channel: chat\n' }, /\.replylintrc already holds/],
    [{ 'package.json': '{"replylint": {}}' }, /package\.json \("replylint" key\) already holds/],
  ])('refuses to overwrite an existing config %#', (files, message) => {
    const cwd = tmpTree(files);
    const before = Object.fromEntries(
      Object.keys(files).map((f) => [f, readFileSync(path.join(cwd, f), 'utf8')]),
    );
    const run = runCli(['init'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    for (const [f, content] of Object.entries(before)) {
      expect(readFileSync(path.join(cwd, f), 'utf8')).toBe(content);
    }
    if (!('.replylintrc.yaml' in files))
      expect(existsSync(path.join(cwd, '.replylintrc.yaml'))).toBe(false);
  });
});
