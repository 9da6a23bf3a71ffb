// Builds a startup snapshot in the background (started, detached, by the launcher):
//   node snapshot-builder.js <snapshot.cjs> <blob file> <prefix of this build's blobs>
// Writes to a temporary file, checks that a Node started from it lints a draft exactly as
// the bundle does, then renames it into place, so a reader never sees a half-written,
// broken or wrong blob.
// Silent by design: on any failure the next run simply uses the bundle again.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANALYSIS_SWITCHES, SNAPSHOT_ARGS_MARK, SNAPSHOT_ENV, WARM_UP_DRAFT } from './protocol.js';

const [script, blob, prefix] = process.argv.slice(2) as [string, string, string];
const dir = path.dirname(blob);
const lock = `${blob}.lock`;
const temporary = `${blob}.${process.pid}.tmp`;
/** A lock older than this is left over from a builder that died. */
const STALE_LOCK_MS = 120_000;

function takeLock(): boolean {
  try {
    closeSync(openSync(lock, 'wx'));
    return true;
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs < STALE_LOCK_MS) return false;
      rmSync(lock, { force: true });
      closeSync(openSync(lock, 'wx'));
      return true;
    } catch {
      return false;
    }
  }
}

const launcher = path.join(path.dirname(fileURLToPath(import.meta.url)), '../bin/replylint.cjs');

/** The JSON report on `draft` from `argv` (the new snapshot, or the bundle). */
function reportOn(draft: string, argv: string[], env: NodeJS.ProcessEnv): string | undefined {
  const args = [...argv, '--no-config', '--format', 'json', draft];
  // In the draft's folder: no .replylintignore of the user's working directory applies.
  const cwd = path.dirname(draft);
  const run = spawnSync(process.execPath, args, { cwd, env, timeout: 60_000, encoding: 'utf8' });
  return run.status === 1 && run.stdout ? run.stdout : undefined;
}

/** Whether a Node started from the new snapshot lints WARM_UP_DRAFT as the bundle does. */
function sameAsBundle(env: NodeJS.ProcessEnv): boolean {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'replylint-check-'));
  try {
    const draft = path.join(dir, 'draft.txt');
    writeFileSync(draft, WARM_UP_DRAFT);
    const fromSnapshot = reportOn(draft, ['--snapshot-blob', temporary, SNAPSHOT_ARGS_MARK], env);
    return fromSnapshot !== undefined && fromSnapshot === reportOn(draft, [launcher], env);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function build(): void {
  const env: NodeJS.ProcessEnv = { ...process.env, [SNAPSHOT_ENV]: '0' };
  for (const name of ANALYSIS_SWITCHES) delete env[name];
  const made = spawnSync(
    process.execPath,
    ['--snapshot-blob', temporary, '--build-snapshot', script],
    // In dist/, not the user's working directory, whose .replylintignore could skip the warm-up.
    { cwd: path.dirname(script), stdio: 'ignore', timeout: 120_000, env },
  );
  if (made.status !== 0 || !sameAsBundle(env)) return;
  renameSync(temporary, blob);
  // Blobs of earlier builds of the same replylint are dead weight (about 17 MB each).
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (name.startsWith(prefix) && name.endsWith('.blob') && file !== blob) {
      rmSync(file, { force: true });
    }
  }
}

try {
  // Private: a snapshot is code that later runs of replylint execute.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (takeLock()) {
    try {
      build();
    } finally {
      rmSync(temporary, { force: true });
      rmSync(lock, { force: true });
    }
  }
} catch {
  // See above: silence is the contract.
}
