import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_RULES } from '../../rules/index.js';
import { loadNlp } from '../../src/analysis/nlp.js';
import { kindOf } from '../../src/engine/kinds/index.js';
import { checkPatternTags } from '../../src/engine/kinds/pattern-tags.js';
import { ruleTestCases } from '../../src/testing/index.js';

const MIN_EXAMPLES = 10;

// The built-in rules run through the same tester as rule authors' rules
// (replylint/testing): one test per fires/passes example.
describe.each(BUILTIN_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it(`has at least ${MIN_EXAMPLES} fires and ${MIN_EXAMPLES} passes examples`, () => {
    expect(rule.examples.fires.length).toBeGreaterThanOrEqual(MIN_EXAMPLES);
    expect(rule.examples.passes.length).toBeGreaterThanOrEqual(MIN_EXAMPLES);
  });

  it.each(ruleTestCases(rule).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await c.run();
  });
});

describe('rules/', () => {
  it('lists every rule file in rules/index.ts', () => {
    const dir = path.join(import.meta.dirname, '../../rules');
    const files = readdirSync(dir).filter((f) => /\.(yaml|ts)$/.test(f) && f !== 'index.ts');
    const ids = BUILTIN_RULES.map((r) => r.id).sort();
    expect(files.map((f) => f.replace(/\.(yaml|ts)$/, '')).sort()).toEqual(ids);
  });

  it('names only #Tags compromise knows (user rule files get the same check when they load)', async () => {
    const lib = await loadNlp();
    const dir = path.join(import.meta.dirname, '../../rules');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const def = parse(readFileSync(path.join(dir, file), 'utf8'));
      expect(() => checkPatternTags(def, kindOf(def), lib), file).not.toThrow();
    }
  });

  it('has unique ids', () => {
    const ids = BUILTIN_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
