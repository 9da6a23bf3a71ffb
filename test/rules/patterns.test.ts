import { beforeAll, describe, expect, it } from 'vitest';
import '../../rules/index.js';
import { analysisPatterns } from '../../src/analysis/lexicon.js';
import { loadNlp } from '../../src/analysis/nlp.js';
import { patternProblems } from '../../src/analysis/pattern-check.js';
import { compilePatterns } from '../../src/analysis/patterns.js';
import { matcherPatterns } from '../../src/engine/pattern-matcher.js';
import { YAML_RULE_FILES, yamlRulePatterns } from '../helpers/built-in-patterns.js';

beforeAll(async () => {
  await loadNlp();
});

/**
 * A pattern runs only on sentences holding its plain words, so only those get
 * tagged. A pattern with none (every word optional, or a #Tag inside a choice)
 * makes every sentence of every draft get tagged, the expensive part of linting.
 */
function unfiltered(patterns: readonly string[]): string[] {
  if (patterns.length === 0) return [];
  const compiled = compilePatterns(patterns);
  return patterns.filter(
    (_, i) =>
      (compiled.needs[i] ?? []).length === 0 && (compiled.wants[i]?.words.length ?? 0) === 0,
  );
}

describe.each(YAML_RULE_FILES)('%s', (file) => {
  // compromise accepts these patterns silently but can never match part of them.
  it('has no pattern that compromise would silently half-match', () => {
    expect(
      yamlRulePatterns(file).flatMap((p) => patternProblems(p).map((x) => `${p}: ${x}`)),
    ).toEqual([]);
  });

  it('has no pattern that needs every sentence tagged', () => {
    expect(unfiltered(yamlRulePatterns(file))).toEqual([]);
  });
});

describe('patterns of the code rules', () => {
  it('need no sentence tagged without their words', () => {
    expect(unfiltered(matcherPatterns())).toEqual([]);
  });
});

describe('patterns of the analysis modules (moves, actions, refusals…)', () => {
  it('are all loaded by the rules', () => {
    expect(analysisPatterns().length).toBeGreaterThan(50);
  });

  it('have no pattern that compromise would silently half-match', () => {
    expect(analysisPatterns().flatMap((p) => patternProblems(p).map((x) => `${p}: ${x}`))).toEqual(
      [],
    );
  });
});
