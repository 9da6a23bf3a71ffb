import {
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as nlp from '../../src/analysis/nlp.js';
import { decodeCacheFile } from '../../src/cache/cache-file.js';
import { statSignature } from '../../src/cache/signature.js';
import { lint } from '../../src/lint.js';
import * as sources from '../../src/sources/read-input.js';
import type { LintReport } from '../../src/types.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

// Count how often the NLP library is asked for: a cache hit must not ask at all.
vi.mock('../../src/analysis/nlp.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/analysis/nlp.js')>();
  return { ...actual, loadNlp: vi.fn(actual.loadNlp) };
});

// Count the files read: an unchanged file with a trusted stat is not read at all.
vi.mock('../../src/sources/read-input.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/sources/read-input.js')>();
  return { ...actual, readInput: vi.fn(actual.readInput) };
});

const FIXTURES = path.join(ROOT, 'fixtures/drafts');

function repo() {
  const files: Record<string, string> = { 'package.json': '{}' };
  for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))) {
    files[`macros/${name}`] = readFileSync(path.join(FIXTURES, name), 'utf8');
  }
  return tmpTree(files);
}

function lintRepo(cwd: string, cache: boolean | string = true) {
  const files = readdirSync(path.join(cwd, 'macros')).map((f) => path.join(cwd, 'macros', f));
  // In this thread (no workers), so that the mocked loadNlp sees every load.
  return lint({ files, cwd, cache, reportUnusedDisable: true, concurrency: 1, timeout: 0 });
}

/** The per-file entries of a cache file. */
function entriesOf(location: string): Record<string, unknown> {
  return JSON.parse(decodeCacheFile(readFileSync(location))?.entries ?? 'null');
}

/** Everything a report says, in the order it says it. */
function plain(report: LintReport) {
  return JSON.parse(JSON.stringify(report));
}

beforeEach(() => {
  vi.mocked(nlp.loadNlp).mockClear();
  vi.mocked(sources.readInput).mockClear();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Lints the repository again: only `file`, rewritten to cite a policy, is analysed anew. */
async function expectReanalysed(cwd: string, file: string) {
  vi.mocked(nlp.loadNlp).mockClear();
  const report = await lintRepo(cwd);
  expect(vi.mocked(nlp.loadNlp)).toHaveBeenCalledTimes(1);
  const result = report.results.find((r) => r.file === file);
  expect(result?.findings.map((f) => f.ruleId)).toContain('cites-policy');
}

/** Lets files written by the test count as old enough for their stat to be trusted. */
function aMinuteLater() {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 60_000);
}

describe('--cache', () => {
  it('gives exactly the same results from the cache, without loading the NLP library', async () => {
    const cwd = repo();
    const cold = await lintRepo(cwd);
    expect(vi.mocked(nlp.loadNlp)).toHaveBeenCalled();
    expect(existsSync(path.join(cwd, '.replylintcache'))).toBe(true);

    vi.mocked(nlp.loadNlp).mockClear();
    const warm = await lintRepo(cwd);
    expect(vi.mocked(nlp.loadNlp)).not.toHaveBeenCalled();
    expect(plain(warm)).toEqual(plain(cold));
    // The same as linting without any cache.
    expect(plain(warm)).toEqual(plain(await lintRepo(cwd, false)));
  });

  it('re-lints a file whose content changed, and only that file', async () => {
    const cwd = repo();
    await lintRepo(cwd);
    const changed = path.join(cwd, 'macros/email-good-refund.txt');
    writeFileSync(changed, 'Per our policy, no.\n');
    await expectReanalysed(cwd, changed);
  });

  it('re-lints everything when the config changes', async () => {
    const cwd = repo();
    const before = await lintRepo(cwd);
    writeFileSync(path.join(cwd, '.replylintrc.yaml'), 'rules:\n  no-name: off\n');
    vi.mocked(nlp.loadNlp).mockClear();
    const after = await lintRepo(cwd);
    expect(vi.mocked(nlp.loadNlp)).toHaveBeenCalled();
    const ids = (r: LintReport) => r.results.flatMap((x) => x.findings.map((f) => f.ruleId));
    expect(ids(before)).toContain('no-name');
    expect(ids(after)).not.toContain('no-name');
  });

  it('ignores a corrupt cache file and replaces it', async () => {
    const cwd = repo();
    const location = path.join(cwd, 'tmp/cache.json');
    const fresh = await lintRepo(cwd, location);
    writeFileSync(location, '{"replylint": "x", "entr');
    expect(plain(await lintRepo(cwd, location))).toEqual(plain(fresh));
    expect(entriesOf(location)).toBeTypeOf('object');
  });

  it('works through the CLI with --cache-location, same output cold and warm', () => {
    const cwd = repo();
    const args = ['--format', 'json', '--cache', '--cache-location', 'ci-cache/', 'macros'];
    const files = readdirSync(path.join(cwd, 'macros')).map((f) => `macros/${f}`);
    args.splice(args.length - 1, 1, ...files);
    const cold = runCli(args, { cwd });
    const warm = runCli(args, { cwd });
    expect(existsSync(path.join(cwd, 'ci-cache/.replylintcache'))).toBe(true);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.code).toBe(cold.code);
    expect(JSON.parse(warm.stdout).results).toHaveLength(files.length);
  });

  it('says so on stderr when the cache cannot be saved, and still reports', () => {
    const cwd = repo();
    writeFileSync(path.join(cwd, 'not-a-folder'), '');
    const args = ['--format', 'json', '--cache', '--cache-location', 'not-a-folder/cache'];
    const run = runCli([...args, 'macros'], { cwd });
    const plainRun = runCli(['--format', 'json', 'macros'], { cwd });
    expect(run.stderr).toMatch(/^replylint: could not save the cache .*not-a-folder\/cache: /m);
    expect(run.stdout).toBe(plainRun.stdout);
    expect(run.code).toBe(plainRun.code);
  });

  it('answers an unchanged file from its stat, without reading it', async () => {
    const cwd = repo();
    aMinuteLater();
    const cold = await lintRepo(cwd);
    const entries = entriesOf(path.join(cwd, '.replylintcache'));
    expect(
      Object.values(entries).every((e) => typeof (e as { stat?: string }).stat === 'string'),
    ).toBe(true);
    vi.mocked(sources.readInput).mockClear();
    vi.mocked(nlp.loadNlp).mockClear();
    const warm = await lintRepo(cwd);
    expect(vi.mocked(sources.readInput)).not.toHaveBeenCalled();
    expect(vi.mocked(nlp.loadNlp)).not.toHaveBeenCalled();
    expect(plain(warm)).toEqual(plain(cold));
  });

  it('reads a file again when its content changed behind the same size and times', async () => {
    const cwd = repo();
    const file = path.join(cwd, 'macros/email-good-refund.txt');
    const lastWrite = 1_700_000_000; // whole seconds: set back exactly below
    utimesSync(file, lastWrite, lastWrite);
    const before = statSync(file);
    aMinuteLater();
    await lintRepo(cwd);
    // Same length, same mtime: only the change time (ctime) tells.
    const text = readFileSync(file, 'utf8');
    const swapped = `${'Per our policy, no.'.padEnd(text.length - 1, ' ')}\n`;
    writeFileSync(file, swapped);
    utimesSync(file, lastWrite, lastWrite);
    expect(statSync(file).size).toBe(before.size);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    await expectReanalysed(cwd, file);
  });

  it('re-hashes a touched file, answers it from the cache and trusts its new stat', async () => {
    const cwd = repo();
    aMinuteLater();
    const cold = await lintRepo(cwd);
    const file = path.join(cwd, 'macros/email-good-refund.txt');
    utimesSync(file, new Date(), new Date(Date.now() - 3_600_000));
    vi.mocked(sources.readInput).mockClear();
    vi.mocked(nlp.loadNlp).mockClear();
    expect(plain(await lintRepo(cwd))).toEqual(plain(cold));
    expect(vi.mocked(sources.readInput)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(nlp.loadNlp)).not.toHaveBeenCalled();
    vi.mocked(sources.readInput).mockClear();
    await lintRepo(cwd);
    expect(vi.mocked(sources.readInput)).not.toHaveBeenCalled();
  });
});

describe('statSignature', () => {
  it('does not trust the stat of a file changed within the last two seconds', () => {
    const stats = statSync(path.join(tmpTree({ 'a.txt': 'hi' }), 'a.txt'));
    expect(statSignature(stats, Math.max(stats.mtimeMs, stats.ctimeMs) + 1000)).toBeUndefined();
    expect(statSignature(stats, Math.max(stats.mtimeMs, stats.ctimeMs) + 3000)).toMatch(/^2:\d+:/);
  });
});
