// bin/replylint.cjs with a startup snapshot: built in the background after a run that
// analysed drafts, used by the next runs, and never a reason for a different answer or
// a failed run.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobLocation } from '../../src/snapshot/blob-path.js';
import { worthASnapshot } from '../../src/snapshot/launch.js';
import { filesForWorkers } from '../../src/workers/threshold.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { buildSnapshot, SNAPSHOT_SCRIPT } from '../helpers/snapshot.js';
import { tmpTree } from '../helpers/tmp.js';

const DRAFT = 'fixtures/drafts/email-blame-returns.txt';
// Each holds a 17 MB snapshot: removed after the tests.
const caches: string[] = [];
const newCache = () => {
  caches.push(mkdtempSync(path.join(os.tmpdir(), 'replylint-snapshot-')));
  return caches.at(-1) as string;
};
afterAll(() => {
  for (const cache of caches) rmSync(cache, { recursive: true, force: true });
});

/** Polls `done` (the builder runs detached) for up to `ms`. */
async function waitFor(done: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (done()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return done();
}

describe('worthASnapshot', () => {
  it('is for runs that analyse drafts in this thread, not for commands, --help, --version, --cache', () => {
    expect(worthASnapshot(['draft.txt'])).toBe(true);
    expect(worthASnapshot(['-', '--name', 'Dana'])).toBe(true);
    for (const args of [['rules'], ['explain', 'x'], ['init'], ['--version'], ['-h']]) {
      expect(worthASnapshot(args), args.join(' ')).toBe(false);
    }
    // With --cache: for named files (most likely edited since cached), not for folders or
    // globs (which may answer everything from the cache).
    const tree = tmpTree({ 'macros/a.txt': 'Hi', 'b.txt': 'Hi' });
    expect(worthASnapshot(['--cache', path.join(tree, 'b.txt')])).toBe(true);
    expect(worthASnapshot(['--cache', path.join(tree, 'macros/a.txt'), '-'])).toBe(true);
    expect(worthASnapshot(['--cache', path.join(tree, 'macros')])).toBe(false);
    expect(worthASnapshot(['--cache', `${tree}/**/*.txt`])).toBe(false);
    // Worker threads lint more files than that; each loads compromise itself.
    const files = Array.from({ length: filesForWorkers() + 1 }, (_, i) => `d${i}.txt`);
    expect(worthASnapshot(files)).toBe(false);
    expect(worthASnapshot(files.slice(1))).toBe(true);
  });
});

describe('startup snapshot', () => {
  it('is built after a run that analysed a draft, then used with the same answers', async () => {
    const cache = newCache();
    const env = { XDG_CACHE_HOME: cache, REPLYLINT_SNAPSHOT: undefined };
    const bundle = runCli([DRAFT], { env });
    expect(bundle.code).toBe(1);
    const blob = blobLocation(SNAPSHOT_SCRIPT, { XDG_CACHE_HOME: cache })?.file ?? '';
    // Once the builder is done, no leftovers (temporary file, lock): just the blob.
    const folder = path.join(cache, 'replylint');
    const onlyTheBlob = () =>
      existsSync(folder) && readdirSync(folder).join() === path.basename(blob);
    expect(await waitFor(onlyTheBlob, 60_000)).toBe(true);

    const snapshot = runCli([DRAFT], { env: { ...env, REPLYLINT_SNAPSHOT: 'require' } });
    expect(snapshot).toEqual(bundle);
  }, 90_000);

  it('is not built for runs that analyse nothing, nor with REPLYLINT_SNAPSHOT=0', async () => {
    const cache = newCache();
    expect(
      runCli(['--version'], { env: { XDG_CACHE_HOME: cache, REPLYLINT_SNAPSHOT: undefined } }).code,
    ).toBe(0);
    expect(runCli([DRAFT], { env: { XDG_CACHE_HOME: cache, REPLYLINT_SNAPSHOT: '0' } }).code).toBe(
      1,
    );
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(existsSync(path.join(cache, 'replylint'))).toBe(false);
  });

  describe('started from a snapshot', () => {
    const cache = newCache();
    const env = { XDG_CACHE_HOME: cache, REPLYLINT_SNAPSHOT: 'require' };
    beforeAll(() => {
      buildSnapshot(cache);
    }, 120_000);

    it('reads stdin and passes the exit code and stderr on', () => {
      const piped = runCli(['-'], { env, input: 'You should have read the manual.' });
      expect(piped.code).toBe(1);
      expect(piped.stdout).toContain('blames-customer');
      const usage = runCli(['--format', 'nope', DRAFT], { env });
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('nope');
      // Node's warning about its experimental loader is not the user's business.
      expect(usage.stderr).not.toContain('ExperimentalWarning');
    });

    it("gives the run the user's own GLIBC_TUNABLES (the launcher adds huge pages for the start)", () => {
      const project = tmpTree({
        'package.json': '{ "name": "x" }',
        'replylint.config.mjs':
          "import { writeFileSync } from 'node:fs';\n" +
          "writeFileSync('seen.json', JSON.stringify(process.env.GLIBC_TUNABLES ?? null));\n" +
          'export default {};\n',
        'a.txt': 'Thanks, Dana! I have refunded the order today.',
      });
      const seen = (tunables: string | undefined) => {
        runCli(['a.txt'], { cwd: project, env: { ...env, GLIBC_TUNABLES: tunables } });
        return JSON.parse(readFileSync(path.join(project, 'seen.json'), 'utf8'));
      };
      expect(seen(undefined)).toBe(null);
      expect(seen('glibc.malloc.check=0')).toBe('glibc.malloc.check=0');
    });

    it('imports JavaScript configs and plugins (code in a snapshot has no loader of its own)', () => {
      const project = tmpTree({
        'package.json': '{ "name": "x" }',
        'replylint.config.mjs': "export default { rules: { 'blames-customer': 'info' } };\n",
        'a.txt': 'You should have read the manual.',
      });
      const run = runCli(['--format', 'compact', 'a.txt'], { cwd: project, env });
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/info .*\[blames-customer\]/);
      const plugins = path.join(ROOT, 'fixtures/plugins/project');
      const fromBundle = runCli(['drafts'], { cwd: plugins, env: { REPLYLINT_SNAPSHOT: '0' } });
      expect(fromBundle.stdout).toContain('acme/no-competitor-names');
      expect(runCli(['drafts'], { cwd: plugins, env })).toEqual(fromBundle);
    });

    it('is not used with the switches to the plain analysis paths (loaded without them)', () => {
      for (const name of ['REPLYLINT_PLAIN_SWEEP', 'REPLYLINT_EAGER_TAGGING']) {
        const run = runCli([DRAFT], { env: { ...env, [name]: '1' } });
        expect(run.code, name).toBe(2);
        expect(run.stderr).toContain('no usable startup snapshot');
      }
    });

    it('is not used under other NODE_OPTIONS (V8 would refuse it, out loud)', () => {
      const flagged = runCli([DRAFT], {
        env: { ...env, REPLYLINT_SNAPSHOT: undefined, NODE_OPTIONS: '--max-old-space-size=4000' },
      });
      expect(flagged.code).toBe(1);
      expect(flagged.stderr).toBe('');
    });

    it('lints in worker threads (a folder counts as one argument: the run starts here)', () => {
      const drafts = Array.from({ length: 40 }, (_, i) => [
        `d${i}.txt`,
        `Hi Sam, thanks! Calm down, draft ${i}.`,
      ]);
      const many = tmpTree(Object.fromEntries(drafts));
      const run = runCli(['--no-config', '--format', 'json', '--concurrency', '2', many], { env });
      expect(run.code, run.stderr).toBe(1);
      expect(JSON.parse(run.stdout).results).toHaveLength(40);
    });
  });

  describe('falls back to the bundle, silently, and drops the blob', () => {
    const cases = {
      'a file that is no snapshot': () => Buffer.from('not a snapshot'),
      'a truncated snapshot': () => {
        const good = readFileSync(buildSnapshot(newCache()));
        return good.subarray(0, good.length / 2);
      },
    };
    for (const [title, content] of Object.entries(cases)) {
      it(title, async () => {
        const cache = newCache();
        const blob = blobLocation(SNAPSHOT_SCRIPT, { XDG_CACHE_HOME: cache });
        if (!blob) throw new Error('no blob location');
        const bundle = runCli([DRAFT], { env: { XDG_CACHE_HOME: cache, REPLYLINT_SNAPSHOT: '0' } });
        mkdirSync(path.dirname(blob.file), { recursive: true });
        const bad = content();
        writeFileSync(blob.file, bad);
        const run = runCli([DRAFT], {
          env: { XDG_CACHE_HOME: cache, REPLYLINT_SNAPSHOT: undefined },
        });
        expect(run).toEqual(bundle);
        // The bad blob was dropped, and the run started the build of a good one.
        const folder = path.dirname(blob.file);
        const rebuilt = () =>
          readdirSync(folder).join() === path.basename(blob.file) &&
          statSync(blob.file).size > Math.max(bad.length, 1_000_000);
        expect(await waitFor(rebuilt, 60_000)).toBe(true);
      }, 90_000);
    }
  });

  it('is built whatever .replylintignore the working directory holds', () => {
    // The sample drafts of the warm-up and the check go to the temporary folder, here
    // under a working directory that ignores every file.
    const root = tmpTree({ '.replylintignore': '*\n', 'tmp/.keep': '' });
    const env = { TMPDIR: path.join(root, 'tmp') };
    expect(existsSync(buildSnapshot(newCache(), { cwd: root, env }))).toBe(true);
  }, 120_000);

  it('REPLYLINT_SNAPSHOT=require fails clearly when there is no snapshot', () => {
    const run = runCli([DRAFT], {
      env: { XDG_CACHE_HOME: newCache(), REPLYLINT_SNAPSHOT: 'require' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^replylint: .*no usable startup snapshot\n$/);
  });
});
