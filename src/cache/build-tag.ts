import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };
import { fnv1a64 } from '../util/fnv.js';

// Which build of replylint wrote a cache file. Kept apart from fingerprint.ts, and hashed
// without node:crypto: the launcher checks it before replaying a run (replay.ts), where
// loading crypto alone would take several milliseconds of a run that takes ~0.1 s.

let buildTag: string | undefined;

/**
 * Identifies this build of replylint: the sizes and times of its own code
 * files, so a rebuilt replylint (same version number, new rules) starts a
 * fresh cache. Cheap: a few stat calls.
 */
export function buildFingerprint(): string {
  if (buildTag === undefined) {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    if (path.basename(dir) === 'chunks') dir = path.dirname(dir);
    const parts: string[] = [];
    for (const folder of [dir, path.join(dir, 'chunks')]) {
      let names: string[];
      try {
        names = readdirSync(folder).sort();
      } catch {
        continue;
      }
      for (const name of names) {
        if (!/\.[cm]?[jt]s$/.test(name)) continue;
        try {
          const stat = statSync(path.join(folder, name));
          parts.push(`${name}:${stat.size}:${stat.mtimeMs}`);
        } catch {
          // A file that vanished between readdir and stat changes nothing here.
        }
      }
    }
    buildTag = fnv1a64(parts.join('\n'));
  }
  return buildTag;
}

/** Tags a cache file with replylint's version and build: another build's cache is ignored. */
export function cacheTag(): string {
  return `${pkg.version}:${buildFingerprint()}`;
}
