import { lintDraft } from '../engine/lint-draft.js';
import { type ExampleInput, type ExpectedFinding, exampleOf, type Rule } from '../engine/rule.js';
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
  /** What went wrong, one line each; empty when the example behaved. */
  problems: string[];
  ok: boolean;
}

/**
 * Runs one example and says what is wrong with the result: a crash, a finding
 * under another id, no finding on a `fires` example (or not the expected ones:
 * words, position, message, suggestions), any finding on a `passes` example.
 */
export async function checkExample(
  rule: Rule,
  expected: 'fires' | 'passes',
  input: ExampleInput,
): Promise<ExampleOutcome> {
  const example = exampleOf(input);
  const findings = await findingsOf(rule, input);
  const problems: string[] = [];
  for (const f of findings) {
    if (f.internal) problems.push(f.message);
    else if (f.ruleId !== rule.id)
      problems.push(`reported under id "${f.ruleId}" instead of "${rule.id}"`);
  }
  const own = findings.filter((f) => !f.internal && f.ruleId === rule.id);
  if (expected === 'passes') {
    for (const f of own) problems.push(`expected no finding, got ${describe(f)}`);
  } else if (example.findings) {
    if (own.length !== example.findings.length) {
      problems.push(
        `expected ${example.findings.length} finding(s), got ${own.length}${own.length ? `: ${own.map(describe).join('; ')}` : ''}`,
      );
    }
    example.findings.forEach((want, i) => {
      const got = own[i];
      if (got) problems.push(...mismatches(want, got, i + 1));
    });
  } else if (own.length === 0 && problems.length === 0) {
    problems.push('expected a finding, got none');
  }
  return { expected, text: example.text, findings, problems, ok: problems.length === 0 };
}

/** Checks every `fires` example fires and every `passes` example does not. */
export async function checkExamples(
  rule: Rule,
  extra: { fires?: readonly ExampleInput[]; passes?: readonly ExampleInput[] } = {},
  { ownExamples = true }: { ownExamples?: boolean } = {},
): Promise<ExampleOutcome[]> {
  const outcomes: ExampleOutcome[] = [];
  for (const expected of ['fires', 'passes'] as const) {
    const inputs = [...(ownExamples ? rule.examples[expected] : []), ...(extra[expected] ?? [])];
    for (const input of inputs) outcomes.push(await checkExample(rule, expected, input));
  }
  return outcomes;
}

function mismatches(want: ExpectedFinding, got: Finding, n: number): string[] {
  const problems: string[] = [];
  const check = (what: string, expected: unknown, actual: unknown) => {
    if (expected !== undefined && JSON.stringify(expected) !== JSON.stringify(actual)) {
      problems.push(
        `finding ${n}: expected ${what} ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
      );
    }
  };
  check('match', want.match, got.excerpt);
  check('line', want.line, got.line);
  check('column', want.column, got.column);
  check('endLine', want.endLine, got.endLine);
  check('endColumn', want.endColumn, got.endColumn);
  check('message', want.message, got.message);
  check('hint', want.hint, got.hint);
  check(
    'suggestions',
    want.suggestions,
    (got.suggestions ?? []).map((s) => s.text),
  );
  return problems;
}

function describe(f: Finding): string {
  return `"${f.excerpt}" at ${f.line}:${f.column} (${f.message})`;
}
