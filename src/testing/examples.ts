import { lintDraft } from '../engine/lint-draft.js';
import { type ExampleInput, exampleOf, type Rule } from '../engine/rule.js';
import { draftsFromText } from '../sources/index.js';
import type { Finding } from '../types.js';

/** Runs one rule alone on an example draft and returns its findings. */
export async function findingsOf(rule: Rule, input: ExampleInput): Promise<Finding[]> {
  const example = exampleOf(input);
  const [draft] = draftsFromText('example.txt', example.text, {
    channel: example.channel ?? 'email',
    kind: example.kind ?? 'reply',
    ...(example.context !== undefined && { context: example.context }),
    ...(example.name !== undefined && { name: example.name }),
  });
  if (!draft) return [];
  const result = await lintDraft(draft, [
    { rule, severity: rule.severity, options: { ...rule.options, ...example.options } },
  ]);
  return result.findings;
}

export interface ExampleOutcome {
  expected: 'fires' | 'passes';
  text: string;
  findings: Finding[];
  ok: boolean;
}

/** Checks every `fires` example fires and every `passes` example does not. */
export async function checkExamples(rule: Rule): Promise<ExampleOutcome[]> {
  const outcomes: ExampleOutcome[] = [];
  for (const expected of ['fires', 'passes'] as const) {
    for (const input of rule.examples[expected]) {
      const findings = (await findingsOf(rule, input)).filter((f) => f.ruleId === rule.id);
      const internal = findings.some((f) => f.internal);
      outcomes.push({
        expected,
        text: exampleOf(input).text,
        findings,
        ok: !internal && (expected === 'fires' ? findings.length > 0 : findings.length === 0),
      });
    }
  }
  return outcomes;
}
