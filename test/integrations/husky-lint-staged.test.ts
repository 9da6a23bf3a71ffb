import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { BAD_REPLY, GOOD_REPLY, gitRepo, sh, write } from './git.js';
import { readmeBlock } from './readme.js';

/** node_modules for the temp project: husky, lint-staged and replylint from this checkout. */
function linkModules(project: string): void {
  const modules = path.join(project, 'node_modules');
  mkdirSync(path.join(modules, '.bin'), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules/husky'), path.join(modules, 'husky'));
  symlinkSync(path.join(ROOT, 'node_modules/lint-staged'), path.join(modules, 'lint-staged'));
  symlinkSync(ROOT, path.join(modules, 'replylint'));
  const bins: Record<string, string> = {
    husky: path.join(ROOT, 'node_modules/husky/bin.js'),
    'lint-staged': path.join(ROOT, 'node_modules/lint-staged/bin/lint-staged.js'),
    replylint: BIN,
  };
  for (const [name, target] of Object.entries(bins)) {
    symlinkSync(target, path.join(modules, '.bin', name));
  }
}

describe('husky + lint-staged, as the README sets them up', () => {
  it('blocks a commit of a bad canned response and lets a good one through', () => {
    const project = gitRepo({
      'package.json': JSON.stringify(
        { name: 'support-macros', private: true, ...JSON.parse(readmeBlock('lint-staged-config')) },
        null,
        2,
      ),
      '.gitignore': 'node_modules/\n',
    });
    linkModules(project);
    const env = { npm_config_offline: 'true', npm_config_update_notifier: 'false' };
    // The README's steps: `npx husky init`, then the hook runs lint-staged.
    expect(sh('npx', ['--no-install', 'husky', 'init'], project, env).code).toBe(0);
    writeFileSync(path.join(project, '.husky/pre-commit'), 'npx lint-staged\n');
    expect(JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')).scripts).toEqual({
      prepare: 'husky',
    });

    write(project, 'macros/refund-denied.txt', BAD_REPLY);
    sh('git', ['add', '.'], project);
    const blocked = sh('git', ['commit', '-m', 'Add refund macro'], project, env);
    expect(blocked.stdout + blocked.stderr).toContain('cites-policy');
    expect(blocked.code).toBe(1);
    expect(sh('git', ['rev-parse', '--verify', '-q', 'HEAD'], project).code).not.toBe(0);

    write(project, 'macros/refund-denied.txt', GOOD_REPLY);
    sh('git', ['add', '.'], project);
    const passed = sh('git', ['commit', '-m', 'Add refund macro'], project, env);
    expect(passed.code).toBe(0);
    expect(sh('git', ['log', '--oneline'], project).stdout).toMatch(/Add refund macro/);
  }, 120_000);
});
