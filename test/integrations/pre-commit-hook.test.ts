import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { BAD_REPLY, GOOD_REPLY, gitRepo, replylintOnPath, sh, write } from './git.js';
import { readmeBlock } from './readme.js';

interface HookDefinition {
  id: string;
  entry: string;
  language: string;
  files: string;
  args?: string[];
}

const HOOKS = parse(
  readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'),
) as HookDefinition[];
const [HOOK] = HOOKS;

/** The hook's `files` regex (Python syntax; `(?i)` becomes the i flag). */
function filesRegex(hook: HookDefinition): RegExp {
  const caseless = hook.files.startsWith('(?i)');
  return new RegExp(caseless ? hook.files.slice(4) : hook.files, caseless ? 'i' : '');
}

/**
 * A git pre-commit hook that does what the framework does with the definition:
 * run `entry` (with `args`) on the staged files that `files` matches.
 */
function installHook(repo: string, hook: HookDefinition): void {
  const script = `#!/bin/sh
files=$(git diff --cached --name-only --diff-filter=ACMR | grep -E -i '${filesRegex(hook).source}')
[ -z "$files" ] && exit 0
exec ${hook.entry} ${(hook.args ?? []).join(' ')} $files
`;
  const file = path.join(repo, '.git/hooks/pre-commit');
  writeFileSync(file, script);
  chmodSync(file, 0o755);
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares a node hook whose entry is replylint, for the supported extensions', () => {
    expect(HOOKS).toHaveLength(1);
    expect(HOOK).toMatchObject({ id: 'replylint', entry: 'replylint', language: 'node' });
    const files = filesRegex(HOOK as HookDefinition);
    for (const f of [
      'a.txt',
      'macros/b.md',
      'c.HTML',
      'd.htm',
      'e.eml',
      'f.reply.yaml',
      'g.reply.json',
    ]) {
      expect(f).toMatch(files);
    }
    for (const f of ['package.json', '.replylintrc.yaml', 'src/x.ts', 'notes.txt.bak']) {
      expect(f).not.toMatch(files);
    }
  });

  it("the README's .pre-commit-config.yaml uses this hook", () => {
    const config = parse(readmeBlock('pre-commit-config'));
    expect(config.repos[0].hooks[0].id).toBe(HOOK?.id);
  });

  it('blocks a commit of a bad canned response (exit 1) and lets a good one through', () => {
    const repo = gitRepo();
    installHook(repo, HOOK as HookDefinition);
    const env = { PATH: `${replylintOnPath()}${path.delimiter}${process.env.PATH}` };

    write(repo, 'macros/refund-denied.txt', BAD_REPLY);
    sh('git', ['add', '.'], repo);
    const blocked = sh('git', ['commit', '-m', 'Add refund macro'], repo, env);
    expect(blocked.code).toBe(1);
    // git shows a hook's output on stderr.
    expect(blocked.stdout + blocked.stderr).toContain('cites-policy');
    expect(sh('git', ['rev-parse', '--verify', '-q', 'HEAD'], repo).code).not.toBe(0);

    write(repo, 'macros/refund-denied.txt', GOOD_REPLY);
    write(repo, 'README', 'not a draft: the hook leaves it alone\n');
    sh('git', ['add', '.'], repo);
    const passed = sh('git', ['commit', '-m', 'Add refund macro'], repo, env);
    expect(passed.stderr).not.toContain('replylint:');
    expect(passed.code).toBe(0);
    expect(sh('git', ['log', '--oneline'], repo).stdout).toMatch(/Add refund macro/);
  });
});
