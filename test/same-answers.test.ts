// The fast paths give exactly the answers of the plain path. Plain: one thread,
// no time budget (so no worker), compromise's own post-tagger sweep, every
// sentence tagged and every pattern tried. Fast: the indexed sweep, lazy tagging
// (alone and together), worker threads, a warm cache (a replayed run, and every file
// answered from the cache), and a start from the startup snapshot (compromise loaded in
// the snapshot's heap).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runJson } from './helpers/cli.js';
import { buildSnapshot } from './helpers/snapshot.js';
import { tmpTree } from './helpers/tmp.js';

const PLAIN_ENV = { REPLYLINT_PLAIN_SWEEP: '1', REPLYLINT_EAGER_TAGGING: '1' };

const CASES = [
  {
    title: 'the fixture drafts, built-in rules',
    cwd: ROOT,
    args: ['--no-config', '--report-unused-disable', 'fixtures/drafts', 'fixtures/macros'],
  },
  {
    title: 'a fixture draft answering a customer (--context, --name)',
    cwd: ROOT,
    args: [
      '--no-config',
      '--name',
      'Dana',
      '--context',
      'fixtures/customers/double-charge.txt',
      'fixtures/drafts',
    ],
  },
  {
    title: 'the plugin project (style folder, plugin package, local plugin)',
    cwd: path.join(ROOT, 'fixtures/plugins/project'),
    args: ['drafts'],
  },
];

describe('same answers on the fast paths', () => {
  const snapshotCache = mkdtempSync(path.join(os.tmpdir(), 'replylint-snapshot-'));
  beforeAll(() => {
    buildSnapshot(snapshotCache);
  }, 120_000);
  afterAll(() => rmSync(snapshotCache, { recursive: true, force: true }));

  for (const { title, cwd, args } of CASES) {
    it(title, () => {
      const lint = (extra: string[], env: NodeJS.ProcessEnv = {}) => {
        const run = runJson([...args, ...extra], { cwd, env });
        expect(run.code, run.stderr).not.toBe(-1);
        return { code: run.code, json: run.json, stderr: run.stderr };
      };
      const plain = lint(['--concurrency', '1', '--timeout', '0'], PLAIN_ENV);
      expect(plain.json.results.length).toBeGreaterThan(1);

      expect(lint(['--concurrency', '1', '--timeout', '0'])).toEqual(plain);
      expect(
        lint(['--concurrency', '1', '--timeout', '0'], { REPLYLINT_EAGER_TAGGING: '1' }),
      ).toEqual(plain);
      expect(lint(['--concurrency', '2'])).toEqual(plain);
      expect(lint([])).toEqual(plain);

      const cache = path.join(tmpTree(), 'cache');
      expect(lint(['--cache', '--cache-location', cache])).toEqual(plain); // cold
      expect(lint(['--cache', '--cache-location', cache])).toEqual(plain); // warm
      // The same command line again: replayed from the recorded run (src/cache/replay.ts)
      // where nothing it read changed, else answered file by file from the cache.
      expect(lint(['--cache', '--cache-location', cache])).toEqual(plain);
      expect(lint(['--cache', '--cache-location', cache], { REPLYLINT_REPLAY: '0' })).toEqual(
        plain,
      );

      const fromSnapshot = { XDG_CACHE_HOME: snapshotCache, REPLYLINT_SNAPSHOT: 'require' };
      expect(lint(['--concurrency', '1'], fromSnapshot)).toEqual(plain);
    }, 240_000);
  }
});
