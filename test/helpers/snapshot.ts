import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { blobLocation } from '../../src/snapshot/blob-path.js';
import { ROOT } from './cli.js';

export const SNAPSHOT_SCRIPT = path.join(ROOT, 'dist/snapshot.cjs');

/** Builds the startup snapshot of dist/ into `cacheHome` (as the launcher would, but
 * in the foreground) and returns the blob's path. */
export function buildSnapshot(
  cacheHome: string,
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): string {
  const env = { ...process.env, ...options.env, XDG_CACHE_HOME: cacheHome };
  const blob = blobLocation(SNAPSHOT_SCRIPT, env);
  if (!blob) throw new Error('no cache directory for the snapshot');
  const builder = path.join(ROOT, 'dist/snapshot-builder.js');
  spawnSync(process.execPath, [builder, SNAPSHOT_SCRIPT, blob.file, blob.prefix], {
    env,
    ...(options.cwd && { cwd: options.cwd }),
  });
  if (!existsSync(blob.file)) throw new Error(`the snapshot was not built: ${blob.file}`);
  return blob.file;
}
