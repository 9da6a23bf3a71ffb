import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LintCache } from '../../src/cache/cache.js';
import { replayRun } from '../../src/cache/replay.js';
import type { Output } from '../../src/cli/output.js';
import { RunRecorder } from '../../src/cli/run-recorder.js';
import { builtinRegistry } from '../../src/plugins/load-registry.js';
import type { LintReport } from '../../src/types.js';
import { tmpTree } from '../helpers/tmp.js';

const ARGS = ['--cache', 'a.txt'];
const report: LintReport = { results: [], errors: [] };
const silent: Output = { stdout: () => {}, stderr: () => {}, isTTY: false };

/** Replays ARGS in `cwd` as the launcher would, keeping what it prints. */
function replay(cwd: string, env: NodeJS.ProcessEnv = {}, stdoutIsTTY = false) {
  const printed: Array<[1 | 2, string]> = [];
  const exitCode = replayRun(ARGS, {
    cwd,
    env,
    stdoutIsTTY,
    write: (stream, bytes) => printed.push([stream, bytes.toString()]),
  });
  return { exitCode, printed };
}

afterEach(() => {
  vi.useRealTimers();
});

/** A tree whose files are old enough (the clock moved ten seconds on) to be recorded. */
function agedTree() {
  const cwd = tmpTree({ 'a.txt': 'Hi Dana, thanks for writing.' });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 10_000);
  return cwd;
}

function start(cwd: string, blockers = {}) {
  return RunRecorder.start(ARGS, { cwd, patterns: ['a.txt'], config: false }, blockers, silent);
}

describe('RunRecorder', () => {
  it('records stdout and stderr in the order they were printed, for the replay', async () => {
    const cwd = agedTree();
    const cache = await LintCache.open(path.join(cwd, '.replylintcache'));
    const recorder = start(cwd) as RunRecorder;
    const out = recorder.tee(silent);
    out.stdout('a.txt\n');
    out.stdout('  1:1 warning\n');
    out.stderr('replylint: a note\n');
    out.stdout('1 problem\n');
    recorder.finish(cache, report, 1);
    await cache.save();

    expect(replay(cwd)).toEqual({
      exitCode: 1,
      printed: [
        [1, 'a.txt\n  1:1 warning\n'],
        [2, 'replylint: a note\n'],
        [1, '1 problem\n'],
      ],
    });
    expect(replay(cwd, { NO_COLOR: '1' })).toEqual({ exitCode: undefined, printed: [] });
    expect(replay(cwd, {}, true)).toEqual({ exitCode: undefined, printed: [] });
  });

  it('records nothing for runs that write files or print what may vary', () => {
    const cwd = agedTree();
    for (const blocker of [
      { fix: true },
      { fixDryRun: true },
      { outputFile: 'report.sarif' },
      { stdinFilename: 'a.txt' },
      { debug: true },
    ]) {
      expect(start(cwd, blocker)).toBeUndefined();
    }
    expect(start(cwd, { fix: false, outputFile: undefined })).toBeInstanceOf(RunRecorder);
  });

  it('forgets the last run for a run with errors, plugins or a JavaScript config', async () => {
    const cwd = agedTree();
    const cache = await LintCache.open(path.join(cwd, '.replylintcache'));
    const record = (spoil: (recorder: RunRecorder) => void, result = report) => {
      const kept = start(cwd) as RunRecorder;
      kept.finish(cache, report, 0);
      expect(cache.recordedRun).toBeDefined();
      const recorder = start(cwd) as RunRecorder;
      spoil(recorder);
      recorder.finish(cache, result, 0);
      return cache.recordedRun;
    };
    expect(record(() => {}, { ...report, errors: [{ file: 'a.txt', message: 'EACCES' }] })).toBe(
      undefined,
    );
    const withPlugins = { registry: {}, filepath: path.join(cwd, '.replylintrc.yaml') };
    expect(record((r) => r.configsResolved([withPlugins as never]))).toBeUndefined();
    const jsConfig = {
      registry: builtinRegistry(),
      filepath: path.join(cwd, 'replylint.config.mjs'),
    };
    expect(record((r) => r.configsResolved([jsConfig as never]))).toBeUndefined();
    const yamlConfig = {
      registry: builtinRegistry(),
      filepath: path.join(cwd, '.replylintrc.yaml'),
    };
    expect(record((r) => r.configsResolved([yamlConfig as never]))).toBeDefined();
  });
});
