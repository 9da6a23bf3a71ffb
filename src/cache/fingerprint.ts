import { createHash } from 'node:crypto';
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
