import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../rules/index.js';
import { exampleOf } from '../../src/engine/rule.js';
import { findingsOf } from '../../src/testing/examples.js';

const MIN_EXAMPLES = 10;

describe.each(BUILTIN_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it(`has at least ${MIN_EXAMPLES} fires and ${MIN_EXAMPLES} passes examples`, () => {
    expect(rule.examples.fires.length).toBeGreaterThanOrEqual(MIN_EXAMPLES);
    expect(rule.examples.passes.length).toBeGreaterThanOrEqual(MIN_EXAMPLES);
  });

  it.each(
    rule.examples.fires.map((e) => [exampleOf(e).text, e] as const),
  )('fires on %j', async (_text, example) => {
    const findings = await findingsOf(rule, example);
    expect(findings.filter((f) => f.internal)).toEqual([]);
    expect(findings.map((f) => f.ruleId)).toContain(rule.id);
  });

  it.each(
    rule.examples.passes.map((e) => [exampleOf(e).text, e] as const),
  )('passes %j', async (_text, example) => {
    const findings = await findingsOf(rule, example);
    expect(findings.map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
  });
});

describe('rules/', () => {
  it('lists every rule file in rules/index.ts', () => {
    const dir = path.join(import.meta.dirname, '../../rules');
    const files = readdirSync(dir).filter((f) => /\.(yaml|ts)$/.test(f) && f !== 'index.ts');
    const ids = BUILTIN_RULES.map((r) => r.id).sort();
    expect(files.map((f) => f.replace(/\.(yaml|ts)$/, '')).sort()).toEqual(ids);
  });

  it('has unique ids', () => {
    const ids = BUILTIN_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
