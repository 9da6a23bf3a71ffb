// Where the startup snapshot of one replylint build lives: in the user's cache
// directory (never in the package or the user's tree), named after the build, the Node
// binary and NODE_OPTIONS, so a rebuild, another install, another Node version or other
// V8 flags never read it.
import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fnv1a64 } from '../util/fnv.js';

/** $XDG_CACHE_HOME/replylint, or the platform's usual cache folder. */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) {
    return path.join(env.XDG_CACHE_HOME, 'replylint');
  }
  if (process.platform === 'win32' && env.LOCALAPPDATA) {
    return path.join(env.LOCALAPPDATA, 'replylint', 'Cache');
  }
  const home = env.HOME || os.homedir();
  if (!home) return undefined;
  const base = process.platform === 'darwin' ? ['Library', 'Caches'] : ['.cache'];
  return path.join(home, ...base, 'replylint');
}

export interface BlobLocation {
  /** The blob for this build of dist/ and this Node binary. */
  file: string;
  /** Blobs of earlier builds of the same dist/ start with this (pruned on a new build). */
  prefix: string;
}

/** The blob for the snapshot script `snapshotScript` (dist/snapshot.cjs), if it was built. */
export function blobLocation(
  snapshotScript: string,
  env: NodeJS.ProcessEnv = process.env,
): BlobLocation | undefined {
  const dir = cacheDirectory(env);
  if (!dir) return undefined;
  let script: { mtimeMs: number; size: number };
  try {
    script = statSync(snapshotScript);
  } catch {
    return undefined;
  }
  const prefix = `snapshot-${fnv1a64(path.dirname(snapshotScript))}-`;
  // V8 refuses a snapshot built under other V8 flags, and NODE_OPTIONS may carry some.
  const build = fnv1a64(
    [
      script.mtimeMs,
      script.size,
      process.version,
      process.arch,
      process.execPath,
      env.NODE_OPTIONS ?? '',
    ].join('\0'),
  );
  return { file: path.join(dir, `${prefix}${build}.blob`), prefix };
}
