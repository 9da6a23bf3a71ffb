// A `--cache` run is recorded with everything it read; the next run with the same
// command line replays it (bin/replylint.cjs → src/cache/replay.ts) while none of that
// changed, and runs for real as soon as anything did. The tests tamper with the recorded
// output: a run that prints the tampered text was replayed; one that prints the truth ran.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCacheFile } from '../../src/cache/cache-file.js';
import { stdoutIsTerminal } from '../../src/cache/replay.js';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

const hasScript = spawnSync('script', ['--version']).status === 0;
const quote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;

const draft = (name: string) => readFileSync(path.join(ROOT, 'fixtures/drafts', name), 'utf8');
const TREE = {
  'package.json': '{}',
  'macros/blame.txt': draft('email-blame-returns.txt'),
  'macros/good.txt': draft('email-good-refund.txt'),
};

const CHANGES: Array<[string, (cwd: string) => void]> = [
  [
    'a draft changed',
    (cwd) => writeFileSync(path.join(cwd, 'macros/good.txt'), 'Per our policy, no.'),
  ],
  ['a draft was added', (cwd) => writeFileSync(path.join(cwd, 'macros/new.txt'), 'Calm down.')],
  ['a draft was removed', (cwd) => rmSync(path.join(cwd, 'macros/good.txt'))],
  [
    'a config file appeared',
    (cwd) => writeFileSync(path.join(cwd, '.replylintrc.yaml'), 'rules:\n  no-name: off\n'),
  ],
  ['an ignore file appeared', (cwd) => writeFileSync(path.join(cwd, '.replylintignore'), 'x\n')],
];

/** Lets files age: a run is recorded only if all it reads is older than two seconds. */
const age = () => new Promise((resolve) => setTimeout(resolve, 2100));

// The trees are made, left to age once; the trees of CHANGES get a run recorded, then
// their change, and are left to age again (so that the run after the change is recorded).
const trees: string[] = [];
const changed = new Map<string, string>();
beforeAll(async () => {
  for (let i = 0; i < 8; i++) trees.push(tmpTree(TREE));
  const withCode = tmpTree(TREE);
  writeFileSync(path.join(withCode, '.replylintrc.mjs'), 'export default { rules: {} };\n');
  trees.push(withCode);
  for (const [title] of CHANGES) changed.set(title, tmpTree(TREE));
  await age();
  for (const [title, change] of CHANGES) {
    const cwd = changed.get(title) as string;
    recorded(cwd);
    change(cwd);
  }
  await age();
}, 60_000);
let used = 0;
const agedTree = () => trees[used++] as string;

/** A tree with the change made (its age does not matter to a run without the cache). */
function treeWith(change: (cwd: string) => void): string {
  const cwd = tmpTree(TREE);
  change(cwd);
  return cwd;
}

const cacheOf = (cwd: string) => path.join(cwd, '.replylintcache');
const recordedRun = (cwd: string) =>
  existsSync(cacheOf(cwd)) ? decodeCacheFile(readFileSync(cacheOf(cwd)))?.header.run : undefined;

/** Rewrites the recorded stdout's "macros" as "MACROS" (same length, so the layout holds). */
function tamper(cwd: string): void {
  const bytes = readFileSync(cacheOf(cwd));
  const decoded = decodeCacheFile(bytes);
  if (!decoded?.header.run) throw new Error('no recorded run');
  const outputAt = bytes.length - decoded.output.length;
  const at = bytes.indexOf('macros', outputAt);
  expect(at).toBeGreaterThan(-1);
  // In the first stretch of output, which is stdout.
  const [stream, length] = decoded.header.run.printed[0] ?? [];
  expect(stream).toBe(1);
  expect(at).toBeLessThan(outputAt + (length ?? 0));
  bytes.write('MACROS', at);
  writeFileSync(cacheOf(cwd), bytes);
}

const lint = (cwd: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) =>
  runCli(['--cache', 'macros', ...args], { cwd, env });

/** Records a run, tampers with it, and checks the next identical run replays it. */
function recorded(cwd: string, args: string[] = []) {
  const first = lint(cwd, args);
  expect(first.code, first.stderr).toBe(1);
  expect(recordedRun(cwd)).toBeDefined();
  tamper(cwd);
  return first;
}

describe('replaying a --cache run', () => {
  it('prints what the last identical run printed and exits as it exited', () => {
    const cwd = agedTree();
    const first = recorded(cwd, ['--max-warnings', '0']);
    expect(first.stderr).toMatch(/more than --max-warnings 0/);
    const again = lint(cwd, ['--max-warnings', '0']);
    expect(again.stdout).not.toBe(first.stdout);
    expect(again.stdout).toBe(first.stdout.replace('macros', 'MACROS'));
    expect(again.stderr).toBe(first.stderr);
    expect(again.code).toBe(first.code);
  });

  it('replays a JSON report byte for byte', () => {
    const cwd = agedTree();
    const first = lint(cwd, ['--format', 'json']);
    const again = lint(cwd, ['--format', 'json']);
    expect(again).toEqual(first);
    tamper(cwd);
    expect(lint(cwd, ['--format', 'json']).stdout).toBe(first.stdout.replace('macros', 'MACROS'));
  });

  it('is not fooled by the cache file saved in a folder it searches', () => {
    const cwd = agedTree();
    const first = runCli(['--cache', '.'], { cwd });
    tamper(cwd);
    expect(runCli(['--cache', '.'], { cwd }).stdout).toBe(first.stdout.replace('macros', 'MACROS'));
  });

  for (const [title, change] of CHANGES) {
    it(`runs for real when ${title}`, () => {
      const cwd = changed.get(title) as string;
      const again = lint(cwd);
      expect(again.stdout).not.toMatch(/MACROS/);
      // The same as a run without the cache (with the change made again on a fresh tree).
      const truth = treeWith(change);
      expect(again.stdout).toBe(runCli(['macros'], { cwd: truth }).stdout);
      // …and it recorded itself, which the next run replays.
      tamper(cwd);
      expect(lint(cwd).stdout).toMatch(/MACROS/);
    });
  }

  it('runs for real for another command line, colour setting or REPLYLINT_REPLAY=0', () => {
    const cwd = agedTree();
    recorded(cwd);
    expect(lint(cwd, ['--quiet']).stdout).not.toMatch(/MACROS/);
    tamper(cwd); // the --quiet run replaced the record: record the plain run again
    expect(lint(cwd).stdout).not.toMatch(/MACROS/);
    tamper(cwd);
    expect(lint(cwd, [], { FORCE_COLOR: '1', NO_COLOR: undefined }).stdout).not.toMatch(/MACROS/);
    lint(cwd);
    tamper(cwd);
    expect(lint(cwd, [], { REPLYLINT_REPLAY: '0' }).stdout).not.toMatch(/MACROS/);
  });

  // `script` (util-linux) gives the run a terminal for its stdout.
  it.runIf(hasScript)('keeps runs printed to a terminal apart from runs printed elsewhere', () => {
    const cwd = agedTree();
    const onTerminal = () => {
      const command = [process.execPath, BIN, '--cache', 'macros'].map(quote).join(' ');
      const result = spawnSync('script', ['-qec', command, '/dev/null'], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined },
      });
      return result.stdout;
    };
    recorded(cwd); // to a pipe
    const first = onTerminal();
    expect(first).not.toMatch(/MACROS/); // not the pipe's output replayed on a terminal
    expect(first).toContain('\u001b['); // coloured: it knew its terminal
    tamper(cwd);
    expect(onTerminal()).toBe(first.replace('macros', 'MACROS')); // a terminal's run replayed
    const piped = lint(cwd).stdout; // and not to a pipe
    expect(piped).not.toMatch(/MACROS/);
    expect(piped).not.toContain('\u001b[');
  });

  it('records no run it could not replay: globs, standard input, code in the config', () => {
    const glob = agedTree();
    expect(runCli(['--cache', 'macros/*.txt'], { cwd: glob }).code).toBe(1);
    expect(recordedRun(glob)).toBeUndefined();

    const stdin = agedTree();
    runCli(['--cache', '--stdin-filename', 'macros/x.txt'], { cwd: stdin, input: 'Calm down.' });
    expect(recordedRun(stdin)).toBeUndefined();

    const code = trees.at(-1) as string; // has a .replylintrc.mjs
    expect(lint(code).code).toBe(1);
    expect(recordedRun(code)).toBeUndefined();
  });
});

describe('stdoutIsTerminal', () => {
  it('is false for a file and for /dev/null', () => {
    for (const target of [path.join(tmpTree(), 'out.txt'), '/dev/null']) {
      const fd = openSync(target, 'w');
      try {
        expect(stdoutIsTerminal(fd)).toBe(false);
      } finally {
        closeSync(fd);
      }
    }
  });
});
