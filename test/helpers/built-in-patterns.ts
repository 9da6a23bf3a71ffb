// The built-in compromise patterns and a sample of bench drafts, for the tests that
// check a shortcut (a word-pair or word-order check) never skips a pattern that matches.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import '../../rules/index.js';
import { generateCorpus } from '../../scripts/corpus.mjs';
import { analysisPatterns } from '../../src/analysis/lexicon.js';
import { matcherPatterns } from '../../src/engine/pattern-matcher.js';

const RULES = path.resolve(import.meta.dirname, '../../rules');

/** The built-in YAML rule files. */
export const YAML_RULE_FILES = readdirSync(RULES).filter((file) => file.endsWith('.yaml'));

/** The `patterns` and `unless` of a built-in YAML rule of `kind: pattern` (none for other kinds). */
export function yamlRulePatterns(file: string): string[] {
  const def = parse(readFileSync(path.join(RULES, file), 'utf8')) as Record<string, unknown>;
  if (def.kind !== 'pattern') return [];
  return ['patterns', 'unless'].flatMap((key) => (def[key] as string[] | undefined) ?? []);
}

/** Every built-in pattern, once: the analysis modules', the code rules' and the YAML rules'. */
export function builtInPatterns(): string[] {
  return [
    ...new Set([
      ...analysisPatterns(),
      ...matcherPatterns(),
      ...YAML_RULE_FILES.flatMap(yamlRulePatterns),
    ]),
  ];
}

/** 120 bench drafts (seed 7): realistic text beyond the fixtures. */
export function benchSample(): string[] {
  return generateCorpus({ count: 120, seed: 7 }).map((draft: { text: string }) => draft.text);
}
