import type { Stats } from 'node:fs';

/** How long after a change a file's stat is not trusted to tell a later change (coarse clocks). */
const RACY_MS = 2000;

/**
 * What tells a file's bytes changed without reading them: size, inode, and the times
 * of its last write and last change (ctime, which no tool can set back). Undefined
 * for a file changed within the last two seconds, which a change in the same clock
 * tick could leave with the same signature (git's "racily clean" case): such a file
 * is read and hashed again next time.
 */
export function statSignature(stats: Stats, now = Date.now()): string | undefined {
  if (Math.max(stats.mtimeMs, stats.ctimeMs) > now - RACY_MS) return undefined;
  return `${stats.size}:${stats.ino}:${stats.mtimeMs}:${stats.ctimeMs}`;
}
