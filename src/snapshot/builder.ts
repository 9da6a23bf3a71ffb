// Builds a startup snapshot in the background (started, detached, by the launcher):
//   node snapshot-builder.js <snapshot.cjs> <blob file> <prefix of this build's blobs>
// Writes to a temporary file, checks that a Node started from it runs the CLI, then
// renames it into place, so a reader never sees a half-written or broken blob.
// Silent by design: on any failure the next run simply uses the bundle again.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { SNAPSHOT_ARGS_MARK, SNAPSHOT_ENV } from './protocol.js';

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

function build(): void {
  const env = { ...process.env, [SNAPSHOT_ENV]: '0' };
  const options = { stdio: 'ignore', timeout: 120_000, env } as const;
  const made = spawnSync(
    process.execPath,
    ['--snapshot-blob', temporary, '--build-snapshot', script],
    options,
  );
  if (made.status !== 0) return;
  const check = spawnSync(
    process.execPath,
    ['--snapshot-blob', temporary, SNAPSHOT_ARGS_MARK, '--version'],
    options,
  );
  if (check.status !== 0) return;
  renameSync(temporary, blob);
  // Blobs of earlier builds of the same replylint are dead weight (8 MB each).
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
