import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BAD_REPLY, GOOD_REPLY, gitRepo, replylintOnPath, sh } from './git.js';
import { readmeBlock } from './readme.js';

interface Step {
  uses?: string;
  run?: string;
}

describe('GitHub Actions workflow in the README', () => {
  const workflow = parse(readmeBlock('github-workflow'));
  const steps: Step[] =
    Object.values(workflow.jobs as Record<string, { steps: Step[] }>)[0]?.steps ?? [];
  const lintStep = steps.find((s) => s.run?.includes('replylint'));

  it('is a valid workflow running replylint with --format github on pull requests', () => {
    expect(workflow.on).toEqual(['pull_request']);
    expect(steps.map((s) => s.uses).filter(Boolean)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
    ]);
    expect(lintStep?.run).toMatch(/^npx replylint --format github /);
  });

  it('its lint step, run in a checkout, annotates each finding and fails on errors', () => {
    const repo = gitRepo({
      'macros/good.txt': GOOD_REPLY,
      'macros/sub/bad.txt': BAD_REPLY,
      'notes.txt': BAD_REPLY,
    });
    sh('git', ['add', '.'], repo);
    sh('git', ['commit', '-q', '-m', 'macros'], repo);
    // The step's shell command as the runner would run it, with `npx replylint` being this checkout.
    const command = (lintStep?.run ?? '').replace(/^npx replylint/, 'replylint');
    const run = sh('bash', ['-e', '-c', command], repo, {
      PATH: `${replylintOnPath()}${path.delimiter}${process.env.PATH}`,
    });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(
        /^::(error|warning|notice) file=macros\/sub\/bad\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::.+$/,
      );
    }
    expect(run.stdout).toContain('title=replylint%3A cites-policy::');
  });
});
