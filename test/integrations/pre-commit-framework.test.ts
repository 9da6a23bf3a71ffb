import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';
import { BAD_REPLY, GOOD_REPLY, gitRepo, sh } from './git.js';

/**
 * The real pre-commit framework (Debian package `pre-commit`; .ci/run installs it)
 * installs this repository as a `language: node` hook: `npm install` in a clone,
 * `npm pack`, a global install of the tarball. That only works when the tarball
 * carries the built CLI and `npm pack` prints nothing but the tarball's name.
 */
describe('pre-commit try-repo (the real framework)', () => {
  it('installs the hook from this repository and fails a bad reply, passes a good one', () => {
    const found = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    if (found.error) {
      throw new Error('pre-commit is not installed: apt-get install -y pre-commit (.ci/run does)');
    }

    // This checkout as it is (committed or not) becomes a repository at a fixed ref,
    // so both runs below share one installed environment.
    const hookRepo = gitRepo();
    const listed = sh('git', ['ls-files', '-co', '--exclude-standard', '-z'], ROOT).stdout;
    for (const file of listed.split('\0').filter(Boolean)) {
      const target = path.join(hookRepo, file);
      mkdirSync(path.dirname(target), { recursive: true });
      try {
        copyFileSync(path.join(ROOT, file), target);
      } catch {
        // A file deleted from the working tree but still in the index.
      }
    }
    sh('git', ['add', '-A'], hookRepo);
    expect(sh('git', ['commit', '-q', '-m', 'replylint under test'], hookRepo).code).toBe(0);
    const ref = sh('git', ['rev-parse', 'HEAD'], hookRepo).stdout.trim();

    const project = gitRepo({ 'macros/good.txt': GOOD_REPLY, 'macros/bad.txt': BAD_REPLY });
    sh('git', ['add', '.'], project);
    const env = { PRE_COMMIT_HOME: tmpTree({}), PRE_COMMIT_COLOR: 'never' };
    const tryRepo = (...files: string[]) =>
      sh(
        'pre-commit',
        ['try-repo', hookRepo, 'replylint', '--ref', ref, '--color', 'never', '--files', ...files],
        project,
        env,
      );

    const bad = tryRepo('macros/bad.txt', 'macros/good.txt');
    expect(bad.stdout).toMatch(/replylint\.+Failed/);
    expect(bad.stdout).toContain('cites-policy');
    expect(bad.stdout).toMatch(/- exit code: 1\b/);
    expect(bad.code).toBe(1);

    const good = tryRepo('macros/good.txt');
    expect(good.stdout).toMatch(/replylint\.+Passed/);
    expect(good.code).toBe(0);
  }, 600_000);
});
