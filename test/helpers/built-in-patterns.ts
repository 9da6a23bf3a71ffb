// The built-in compromise patterns and a sample of bench drafts, for the tests that
// check a shortcut (a word or word-order check) never skips a pattern that matches, and
// the texts they check it on.
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

/** Every fixture draft, macro file and customer message, as text. */
export function fixtureTexts(): string[] {
  const root = path.resolve(import.meta.dirname, '../../fixtures');
  return ['drafts', 'macros', 'customers'].flatMap((folder) =>
    readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8')),
  );
}

/** The fixtures and 120 bench drafts. */
export const sampleTexts = () => [...fixtureTexts(), ...benchSample()];

/** 120 bench drafts (seed 7): realistic text beyond the fixtures. */
export function benchSample(): string[] {
  return generateCorpus({ count: 120, seed: 7 }).map((draft: { text: string }) => draft.text);
}
