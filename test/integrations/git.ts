import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIN } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

export const GOOD_REPLY =
  'Hi Dana,\n\nThanks for letting us know. I have refunded the delivery fee, and the new oven arrives on Friday.\n\nBest,\nSam\n';
export const BAD_REPLY = 'Per our policy, you should have read the manual before ordering.\n';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env },
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary git repository with a committer, holding `files` (not yet staged). */
export function gitRepo(files: Record<string, string> = {}): string {
  const dir = tmpTree(files);
  sh('git', ['init', '-q', '-b', 'main'], dir);
  sh('git', ['config', 'user.email', 'agent@example.com'], dir);
  sh('git', ['config', 'user.name', 'Agent'], dir);
  sh('git', ['config', 'commit.gpgsign', 'false'], dir);
  return dir;
}

/** A folder holding a `replylint` executable that runs this checkout's CLI, for PATH. */
export function replylintOnPath(): string {
  const bin = tmpTree({});
  const shim = path.join(bin, 'replylint');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  return bin;
}

export function write(dir: string, file: string, content: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), content);
}
