// replylint/testing: run a rule's examples (and extra cases) as tests, under
// any test runner (vitest, node:test, jest, mocha): testRule() rejects with an
// AssertionError that lists every example that misbehaved.
import { AssertionError } from 'node:assert';
import { asDefinition, readCommonMeta } from '../engine/kinds/definition.js';
import { kindOf, RuleDefinitionError } from '../engine/kinds/index.js';
import { type ExampleInput, exampleOf, type Rule } from '../engine/rule.js';
import { readRuleFile } from '../plugins/rule-files.js';
import type { RuleDefinition } from '../plugins/types.js';
import { checkExample, checkExamples, type ExampleOutcome } from './examples.js';

export type { ExampleInput, ExpectedFinding, Rule, RuleExample } from '../engine/rule.js';
export type { ExampleOutcome } from './examples.js';

/** Cases to run beside (or, with `examples: false`, instead of) the rule's own examples. */
export interface RuleTestCases {
  /** Drafts the rule must report on; give `findings` to check words, positions and suggestions. */
  fires?: readonly ExampleInput[];
  /** Drafts the rule must not report on. */
  passes?: readonly ExampleInput[];
  /** Run the rule's own `examples` too (default true). */
  examples?: boolean;
}

export interface RuleTestResult {
  rule: string;
  outcomes: ExampleOutcome[];
}

/** What testRule() accepts: a rule, a rule definition (as in YAML), or a YAML rule file's path. */
export type TestableRule = Rule | RuleDefinition | string;

/**
 * Runs a rule's `fires` and `passes` examples plus `cases`, each draft with
 * the rule alone, and resolves when all behave; otherwise rejects with an
 * AssertionError listing each failure. Use it inside a test:
 *
 *   test('acme/no-ticket', () => testRule(rule, { fires: ['Your ticket…'] }));
 */
export async function testRule(
  rule: TestableRule,
  cases: RuleTestCases = {},
): Promise<RuleTestResult> {
  const loaded = await toRule(rule);
  const outcomes = await checkExamples(loaded, cases, { ownExamples: cases.examples !== false });
  if (outcomes.length === 0) {
    throw new AssertionError({ message: `rule "${loaded.id}" has no examples to test` });
  }
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length > 0) {
    const lines = failed.map(
      (o) => `  ✗ ${o.expected}: ${quote(o.text)} — ${o.problems.join('; ')}`,
    );
    throw new AssertionError({
      message: `rule "${loaded.id}": ${failed.length} of ${outcomes.length} examples failed\n${lines.join('\n')}`,
    });
  }
  return { rule: loaded.id, outcomes };
}

export interface RuleTestCase {
  /** "fires: <text>" or "passes: <text>", for the test's name. */
  name: string;
  expected: 'fires' | 'passes';
  example: ExampleInput;
  /** Resolves when the example behaves, else rejects with an AssertionError. */
  run(): Promise<void>;
}

/**
 * The same cases one by one, to register one test each:
 *
 *   for (const c of ruleTestCases(rule)) test(c.name, c.run);
 */
export function ruleTestCases(rule: Rule, cases: RuleTestCases = {}): RuleTestCase[] {
  const list: RuleTestCase[] = [];
  for (const expected of ['fires', 'passes'] as const) {
    const inputs = [
      ...(cases.examples !== false ? rule.examples[expected] : []),
      ...(cases[expected] ?? []),
    ];
    for (const example of inputs) {
      list.push({
        name: `${expected}: ${quote(exampleOf(example).text)}`,
        expected,
        example,
        run: async () => {
          const outcome = await checkExample(rule, expected, example);
          if (!outcome.ok) {
            throw new AssertionError({
              message: `rule "${rule.id}", ${expected}: ${quote(outcome.text)} — ${outcome.problems.join('; ')}`,
            });
          }
        },
      });
    }
  }
  return list;
}

/** The rule to test, checked like replylint checks a plugin's rules (with the same defaults). */
async function toRule(rule: TestableRule): Promise<Rule> {
  if (typeof rule === 'string') return readRuleFile(rule);
  try {
    const def = asDefinition(rule);
    if (typeof def.check === 'function') {
      const code = rule as Rule;
      return { ...readCommonMeta(def), check: (reply, context) => code.check(reply, context) };
    }
    return kindOf(def).build(def);
  } catch (error) {
    if (!(error instanceof RuleDefinitionError)) throw error;
    const at = error.path.length ? ` (at ${error.path.join('.')})` : '';
    throw new AssertionError({ message: `invalid rule definition${at}: ${error.message}` });
  }
}

function quote(text: string): string {
  const one = text.replace(/\s*\n\s*/g, ' ⏎ ');
  return JSON.stringify(one.length > 80 ? `${one.slice(0, 77)}…` : one);
}
