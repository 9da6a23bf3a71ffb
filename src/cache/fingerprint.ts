import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };
import type { Rule } from '../engine/rule.js';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

const ruleFingerprints = new WeakMap<Rule, string>();

/**
 * What identifies a rule's behaviour: its metadata and options (YAML rules are
 * data) and its check function's source (code rules), so an edited rule never
 * reuses findings cached for the old one.
 */
export function ruleFingerprint(rule: Rule): string {
  let fingerprint = ruleFingerprints.get(rule);
  if (fingerprint === undefined) {
    fingerprint = sha256(
      JSON.stringify(rule, (_key, value) => (typeof value === 'function' ? String(value) : value)) +
        String(rule.check),
    );
    ruleFingerprints.set(rule, fingerprint);
  }
  return fingerprint;
}

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
    buildTag = sha256(parts.join('\n'));
  }
  return buildTag;
}

/** Tags a cache file with replylint's version and build: another build's cache is ignored. */
export function cacheTag(): string {
  return `${pkg.version}:${buildFingerprint()}`;
}
