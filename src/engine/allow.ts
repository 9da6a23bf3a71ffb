import { type CompiledPhrase, compilePhrases } from '../analysis/patterns.js';
import type { Reply } from '../analysis/reply.js';
import type { AllowList } from '../config/validate.js';
import type { Finding } from '../types.js';

interface CompiledAllow {
  phrases: CompiledPhrase[];
  /** Per phrase: the rule ids it is allowed for ('*': every rule). */
  rules: Array<Set<string>>;
}

const compiled = new WeakMap<AllowList, CompiledAllow>();

/**
 * Drops findings whose matched words lie inside an allowed phrase of the draft
 * (config `allow`). Phrases match like rule phrases: whole words, any case,
 * contractions and curly apostrophes normalized.
 */
export function applyAllowList(
  reply: Reply,
  findings: readonly Finding[],
  allow: AllowList | undefined,
): Finding[] {
  if (!allow || findings.length === 0) return [...findings];
  const list = compiledAllow(allow);
  if (list.phrases.length === 0) return [...findings];
  const matches = reply.findPhrases(list.phrases);
  if (matches.length === 0) return [...findings];
  return findings.filter(
    (f) =>
      f.internal ||
      !matches.some((m) => {
        const rules = list.rules[m.phrase];
        return (
          (rules?.has('*') || rules?.has(f.ruleId)) &&
          m.span.start <= f.span.start &&
          f.span.end <= m.span.end &&
          f.span.end > f.span.start
        );
      }),
  );
}

function compiledAllow(allow: AllowList): CompiledAllow {
  let entry = compiled.get(allow);
  if (!entry) {
    const byPhrase = new Map<string, Set<string>>();
    for (const [rule, phrases] of Object.entries(allow)) {
      for (const phrase of phrases) {
        const key = phrase.trim();
        if (!byPhrase.has(key)) byPhrase.set(key, new Set());
        byPhrase.get(key)?.add(rule);
      }
    }
    const phrases = compilePhrases([...byPhrase.keys()]);
    entry = { phrases, rules: [...byPhrase.values()] };
    compiled.set(allow, entry);
  }
  return entry;
}
