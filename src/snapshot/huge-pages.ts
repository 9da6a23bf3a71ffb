// The snapshot process asks glibc's malloc for transparent huge pages. Starting from the
// snapshot, Node reads and copies the ~13 MB blob into memory it mallocs, and on the
// 2-core bench machine page faults were a large share of that start: with the tunable,
// 13,800 -> 7,700 faults and 340 -> 263 ms for one draft (20 paired rounds), for ~1.5 MB
// more RSS. glibc >= 2.35 reads it on Linux (where THP is on, or on madvise, as by
// default); other C libraries and systems ignore it. The run itself gets the user's own
// GLIBC_TUNABLES back as its first step, so that nothing it starts (or a plugin reads)
// sees the change.
import { SAVED_GLIBC_TUNABLES_ENV } from './protocol.js';

const HUGE_PAGES = 'glibc.malloc.hugetlb=1';

/** The environment to start the snapshot process with: `env` plus the tunable. */
export function withHugePages(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): NodeJS.ProcessEnv {
  const own = env.GLIBC_TUNABLES;
  // A user who set glibc.malloc.hugetlb themselves has the last word.
  if (platform !== 'linux' || own?.includes('glibc.malloc.hugetlb')) return env;
  return {
    ...env,
    GLIBC_TUNABLES: own ? `${own}:${HUGE_PAGES}` : HUGE_PAGES,
    // JSON, so that unset (null) and empty ("") stay apart.
    [SAVED_GLIBC_TUNABLES_ENV]: JSON.stringify(own ?? null),
  };
}

/** In the snapshot process: puts back the GLIBC_TUNABLES the user had (or none). */
export function restoreOwnTunables(env: NodeJS.ProcessEnv = process.env): void {
  const saved = env[SAVED_GLIBC_TUNABLES_ENV];
  if (saved === undefined) return;
  delete env[SAVED_GLIBC_TUNABLES_ENV];
  let own: unknown;
  try {
    own = JSON.parse(saved);
  } catch {
    return;
  }
  if (typeof own === 'string') env.GLIBC_TUNABLES = own;
  else delete env.GLIBC_TUNABLES;
}
