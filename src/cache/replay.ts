// The fastest warm run: when the last `--cache` run had exactly this command line and
// nothing it read has changed since, print what it printed and exit as it exited, without
// loading the CLI, its rules or the cache's entries. bin/replylint.js calls this first;
// anything amiss (no record, another command line, a changed file, an unreadable cache)
// returns undefined and the ordinary run follows, which records the run anew.
import { closeSync, openSync, readSync } from 'node:fs';
import { readCacheHeader } from './cache-file.js';
import { cacheTag } from './fingerprint.js';
import { cacheFilePath } from './location.js';
import { inputsUnchanged } from './run-inputs.js';
import { runKey } from './run-key.js';

/** `REPLYLINT_REPLAY=0` turns replays off (the run is still recorded). */
export const REPLAY_ENV = 'REPLYLINT_REPLAY';

/** The value of the last `--cache-location` option, as commander reads it. */
function cacheLocationOf(args: readonly string[]): string | undefined {
  let location: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') break;
    if (arg === '--cache-location') location = args[++i];
    else if (arg.startsWith('--cache-location=')) location = arg.slice('--cache-location='.length);
  }
  return location;
}

/** The recorded output of this very run, or undefined when it must run for real. */
export function recordedOutput(
  args: readonly string[],
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
  stdoutIsTTY = process.stdout.isTTY === true,
): { printed: Array<[1 | 2, Buffer]>; exitCode: number } | undefined {
  if (!args.includes('--cache') || env[REPLAY_ENV] === '0') return undefined;
  let fd: number | undefined;
  try {
    const cacheFile = cacheFilePath(cacheLocationOf(args), cwd);
    fd = openSync(cacheFile, 'r');
    const read = readCacheHeader(fd);
    const run = read?.header.run;
    if (!read || !run || read.header.replylint !== cacheTag()) return undefined;
    if (run.key !== runKey(args, cwd, env, stdoutIsTTY)) return undefined;
    if (!inputsUnchanged(run.inputs)) return undefined;
    const output = Buffer.allocUnsafe(run.printed.reduce((sum, [, bytes]) => sum + bytes, 0));
    let filled = 0;
    while (filled < output.length) {
      const n = readSync(fd, output, filled, output.length - filled, read.outputAt + filled);
      if (n === 0) return undefined;
      filled += n;
    }
    let at = 0;
    const printed = run.printed.map(([stream, bytes]): [1 | 2, Buffer] => {
      const stretch = output.subarray(at, at + bytes);
      at += bytes;
      return [stream, stretch];
    });
    return { printed, exitCode: run.exitCode };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Replays the recorded run: prints its output, returns its exit code (or undefined). */
export function replayRun(args: readonly string[]): number | undefined {
  const recorded = recordedOutput(args);
  if (!recorded) return undefined;
  const streams = { 1: process.stdout, 2: process.stderr };
  for (const stream of Object.values(streams)) {
    // `replylint … | head -1` closes the pipe: drop the rest quietly, as the CLI does.
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  for (const [stream, bytes] of recorded.printed) streams[stream].write(bytes);
  return recorded.exitCode;
}
