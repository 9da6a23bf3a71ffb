// The fastest warm run: when the last `--cache` run had exactly this command line and
// nothing it read has changed since, print what it printed and exit as it exited, without
// loading the CLI, its rules or the cache's entries. bin/replylint.cjs calls this first;
// anything amiss (no record, another command line, a changed file, an unreadable cache)
// returns undefined and the ordinary run follows, which records the run anew.
import { closeSync, fstatSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cacheTag } from './build-tag.js';
import { readCacheHeader } from './cache-file.js';
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

/** A recorded run to replay: the open cache file and where its output lies. */
interface Replay {
  fd: number;
  outputAt: number;
  printed: Array<[1 | 2, number]>;
  exitCode: number;
}

/** The recorded run of this very command line, if nothing it read changed (caller closes fd). */
function findReplay(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  stdoutIsTTY: boolean,
): Replay | undefined {
  if (!args.includes('--cache') || env[REPLAY_ENV] === '0') return undefined;
  let fd: number | undefined;
  let replay: Replay | undefined;
  try {
    fd = openSync(cacheFilePath(cacheLocationOf(args), cwd), 'r');
    const read = readCacheHeader(fd);
    const run = read?.header.run;
    if (!read || !run || read.header.replylint !== cacheTag()) return undefined;
    if (run.key !== runKey(args, cwd, env, stdoutIsTTY)) return undefined;
    if (!inputsUnchanged(run.inputs)) return undefined;
    const length = run.printed.reduce((sum, [, bytes]) => sum + bytes, 0);
    // The whole output is there before any of it is printed: a replay never stops half way.
    if (fstatSync(fd).size < read.outputAt + length) return undefined;
    replay = { fd, outputAt: read.outputAt, printed: run.printed, exitCode: run.exitCode };
    return replay;
  } catch {
    return undefined;
  } finally {
    if (!replay && fd !== undefined) closeSync(fd);
  }
}

/** Reads `length` bytes at `position` into `buffer` (from its start). */
function readFully(fd: number, buffer: Buffer, length: number, position: number): void {
  for (let filled = 0; filled < length; ) {
    const n = readSync(fd, buffer, filled, length - filled, position + filled);
    if (n === 0) throw new Error('the cache file ended early');
    filled += n;
  }
}

/**
 * Writes all of `bytes` to a standard stream's file descriptor. Straight to the descriptor:
 * no stream object to set up, no copy kept. A descriptor inherited in non-blocking mode may
 * say EAGAIN: wait a moment and go on. False once the reader has gone (EPIPE:
 * `replylint … | head -1`), after which the rest is dropped quietly, as the CLI does.
 */
function writeAll(fd: 1 | 2, bytes: Buffer): boolean {
  for (let written = 0; written < bytes.length; ) {
    try {
      written += writeSync(fd, bytes, written, bytes.length - written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return false;
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
  return true;
}

/** Where a replay runs and prints (the process's own, unless a test says otherwise). */
export interface ReplayContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  /** Prints bytes (a view of a reused buffer: copy to keep) to stdout (1) or stderr (2). */
  write(stream: 1 | 2, bytes: Buffer): void;
}

/**
 * Whether standard output is a terminal, as `isatty(1)` says. Loading node:tty to ask
 * loads node:net and the streams with it (~4 ms of a replay's ~50 ms), so the common
 * answers come from a stat: output that is not a character device, or that is
 * /dev/null, is no terminal. Only a character device other than /dev/null asks node:tty.
 */
export function stdoutIsTerminal(fd = 1): boolean {
  if (process.platform !== 'win32') {
    try {
      const out = fstatSync(fd);
      if (!out.isCharacterDevice()) return false;
      if (out.rdev === statSync('/dev/null').rdev) return false;
    } catch {
      // No answer from a stat: ask node:tty.
    }
  }
  const { isatty } = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return isatty(fd);
}

function processContext(): ReplayContext {
  const open = { 1: true, 2: true };
  return {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: stdoutIsTerminal(),
    write: (stream, bytes) => {
      if (open[stream]) open[stream] = writeAll(stream, bytes);
    },
  };
}

/** Replays the recorded run: prints its output, returns its exit code (or undefined). */
export function replayRun(
  args: readonly string[],
  context: ReplayContext = processContext(),
): number | undefined {
  const replay = findReplay(args, context.cwd, context.env, context.stdoutIsTTY);
  if (!replay) return undefined;
  try {
    // Through one small buffer: a buffer the size of the output (megabytes for a CI
    // run's JSON report) costs more in fresh pages than the copying itself.
    const buffer = Buffer.allocUnsafe(
      Math.min(1 << 18, Math.max(1, ...replay.printed.map(([, n]) => n))),
    );
    let at = replay.outputAt;
    for (const [stream, length] of replay.printed) {
      for (let done = 0; done < length; ) {
        const size = Math.min(buffer.length, length - done);
        readFully(replay.fd, buffer, size, at + done);
        context.write(stream, buffer.subarray(0, size));
        done += size;
      }
      at += length;
    }
    return replay.exitCode;
  } catch (error) {
    // Some output may be out already: running for real now would print it twice.
    const message = `replylint: cannot replay the cached run: ${(error as Error).message}\n`;
    context.write(2, Buffer.from(message));
    return 2;
  } finally {
    closeSync(replay.fd);
  }
}
