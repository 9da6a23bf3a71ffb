// The fast path of bin/replylint.cjs: when this build has a startup snapshot in the user's
// cache, run the CLI in a Node started from it (the CLI already loaded and warmed up, see
// entry.ts) and pass its exit on. Anything amiss (no snapshot, Node flags, a snapshot
// Node cannot load) returns undefined and the launcher runs the ordinary bundle: the
// snapshot is only ever a shortcut. After an ordinary run that analysed drafts, a missing
// snapshot is built in the background for the next run.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, fstatSync, openSync, readSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { filesForWorkers } from '../workers/threshold.js';
import { blobLocation } from './blob-path.js';
import { withHugePages } from './huge-pages.js';
import { namedFilesSize } from './named-files.js';
import { ANALYSIS_SWITCHES, SNAPSHOT_ARGS_MARK, SNAPSHOT_ENV } from './protocol.js';

const distDir = path.dirname(fileURLToPath(import.meta.url));
const snapshotScript = path.join(distDir, 'snapshot.cjs');

/** The first bytes of a snapshot blob: Node's magic number, then its version, arch, OS. */
const BLOB_MAGIC = Buffer.from([0x19, 0xda, 0x43, 0x01]);

/**
 * Whether `blob` starts like a snapshot of this very Node (a bad one crashes it, loudly)
 * and belongs to this user (a snapshot is code: one planted by another user must not run).
 */
function looksLikeOurSnapshot(blob: string): boolean {
  const head = Buffer.alloc(64);
  let fd: number | undefined;
  try {
    fd = openSync(blob, 'r');
    if (process.getuid && fstatSync(fd).uid !== process.getuid()) return false;
    readSync(fd, head, 0, head.length, 0);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const text = head.toString('latin1');
  return (
    head.subarray(0, 4).equals(BLOB_MAGIC) &&
    text.includes(process.version.slice(1)) &&
    text.includes(process.arch) &&
    text.includes(process.platform)
  );
}

/** Removes a blob that cannot be used (it is rebuilt later); never fails the run. */
function dropBlob(blob: string): void {
  try {
    rmSync(blob, { force: true });
  } catch {
    // Not ours to remove: it is simply not used.
  }
}

/**
 * Signals with which a Node that cannot read a snapshot (a truncated one) dies before
 * running any code. Not SIGABRT: Node also aborts when a run exhausts its heap, after
 * output was written, and a rerun would repeat it.
 */
const BAD_SNAPSHOT_SIGNALS = new Set(['SIGSEGV', 'SIGBUS', 'SIGILL']);
/** Node's exit code when it cannot open the snapshot file. */
const CANNOT_OPEN_SNAPSHOT = 14;

function snapshotsPossible(): boolean {
  if (process.env[SNAPSHOT_ENV] === '0') return false;
  // The snapshot's analysis modules were loaded with these switches off.
  if (ANALYSIS_SWITCHES.some((name) => process.env[name])) return false;
  // Flags given to this Node (--inspect, --cpu-prof…) would not reach the snapshot's.
  if (process.execArgv.length > 0) return false;
  // The snapshot imports the CLI through this loader (Node ≥ 20.12).
  return typeof vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER === 'symbol';
}

export type SnapshotRun = { exitCode: number } | { signal: NodeJS.Signals };

/**
 * Runs `args` from this build's snapshot, or returns undefined when there is none.
 * REPLYLINT_SNAPSHOT=require makes a missing or unusable snapshot an error (exit 2)
 * instead, so that tests and `npm run bench` know which path ran.
 */
export function runFromSnapshot(args: string[]): SnapshotRun | undefined {
  const required = process.env[SNAPSHOT_ENV] === 'require';
  const run = tryRunFromSnapshot(args);
  if (run || !required) return run;
  process.stderr.write('replylint: REPLYLINT_SNAPSHOT=require, but no usable startup snapshot\n');
  return { exitCode: 2 };
}

/** Commands and flags that never analyse a draft (see src/cli/main.ts). */
const NO_ANALYSIS_COMMANDS = new Set(['rules', 'init', 'explain', 'test-rules', 'help']);
const NO_ANALYSIS_FLAGS = new Set(['--help', '-h', '--version', '-V']);

/**
 * Whether a run could gain from compromise being preloaded. Not for commands that never
 * analyse; not when so many files are named that worker threads (which load compromise
 * themselves) will do the analysis: there, starting from the snapshot would only add a
 * process start and a larger heap. With --cache (not replayed), only when the run names
 * files alone: pre-commit's staged files, or a draft being edited, have most likely
 * changed since they were cached (paired, 3 changed files: 785 -> 480 ms), while a run
 * over folders may answer every file from the cache, where the snapshot's start is only
 * a cost (~200 ms).
 */
export function worthASnapshot(args: string[]): boolean {
  if (NO_ANALYSIS_COMMANDS.has(args[0] ?? '')) return false;
  if (args.some((arg) => NO_ANALYSIS_FLAGS.has(arg))) return false;
  if (args.filter((arg) => !arg.startsWith('-')).length > filesForWorkers()) return false;
  return !args.includes('--cache') || namedFilesSize(args) !== undefined;
}

function tryRunFromSnapshot(args: string[]): SnapshotRun | undefined {
  if (!snapshotsPossible() || !worthASnapshot(args)) return undefined;
  const blob = blobLocation(snapshotScript)?.file;
  if (!blob || !existsSync(blob)) return undefined;
  if (!looksLikeOurSnapshot(blob)) {
    dropBlob(blob);
    return undefined;
  }
  const child = spawnSync(
    process.execPath,
    ['--snapshot-blob', blob, SNAPSHOT_ARGS_MARK, ...args],
    { stdio: 'inherit', env: withHugePages(process.env) },
  );
  if (child.error) return undefined;
  const unreadable =
    (child.signal && BAD_SNAPSHOT_SIGNALS.has(child.signal)) ||
    child.status === CANNOT_OPEN_SNAPSHOT;
  if (unreadable) {
    // Nothing ran yet (no output, stdin unread): drop the blob and run the bundle.
    dropBlob(blob);
    return undefined;
  }
  if (child.signal) return { signal: child.signal };
  return { exitCode: child.status ?? 1 };
}

/** After an ordinary run that loaded compromise: build the missing snapshot, detached. */
export function buildSnapshotLater(args: string[]): void {
  if (!snapshotsPossible() || !worthASnapshot(args)) return;
  const blob = blobLocation(snapshotScript);
  if (!blob || existsSync(blob.file)) return;
  try {
    const builder = spawn(
      process.execPath,
      [path.join(distDir, 'snapshot-builder.js'), snapshotScript, blob.file, blob.prefix],
      { detached: true, stdio: 'ignore', windowsHide: true },
    );
    builder.on('error', () => {});
    builder.unref();
  } catch {
    // A snapshot is an optimisation; failing to start its build changes nothing.
  }
}

/** Ends this process as the run from the snapshot ended: by its signal, or with its code. */
export function exitAs(run: SnapshotRun): never {
  if ('signal' in run) {
    process.kill(process.pid, run.signal);
    // Still here: a signal this process ignores (SIGPIPE). Exit as a shell reports it.
    process.exit(128 + (os.constants.signals[run.signal] ?? 0));
  }
  process.exit(run.exitCode);
}

export { exitOnceFlushed } from '../util/exit.js';
