import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

describe('--fix through the CLI', () => {
  it('refuses to rewrite standard input', () => {
    const run = runCli(['--no-config', '--fix', '-'], { input: 'Hi!!!' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--fix cannot rewrite standard input; use --fix-dry-run/);
  });

  it('rejects --fix with --fix-dry-run', () => {
    const run = runCli(['--no-config', '--fix', '--fix-dry-run', 'x.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not both/);
  });

  it('never touches a file whose findings have no safe fix (tone stays a suggestion)', () => {
    const text = 'Per our policy, you should have read the manual.\n';
    const cwd = tmpTree({ 'reply.txt': text, 'package.json': '{}' });
    const file = path.join(cwd, 'reply.txt');
    const mtime = statSync(file).mtimeMs;
    const run = runCli(['--fix', 'reply.txt'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nothing to fix/);
    expect(run.stdout).toMatch(/cites-policy/);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(mtime);
    const dry = runCli(['--fix-dry-run', 'reply.txt'], { cwd });
    expect(dry.stdout).toBe('');
  });
});
