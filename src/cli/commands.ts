import { builtinRules } from '../engine/registry.js';
import { type ExampleInput, exampleOf } from '../engine/rule.js';
import { UsageError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import type { Output } from './output.js';

/** `replylint rules`: one line per rule. */
export async function rulesCommand(opts: { format: string }, out: Output): Promise<number> {
  const rules = builtinRules();
  if (opts.format === 'json') {
    const list = rules.map(({ id, category, severity, weight, description }) => ({
      id,
      category,
      severity,
      weight,
      description,
    }));
    out.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    out.stdout(
      `${r.id.padEnd(width)}  ${r.category.padEnd(8)}  ${r.severity.padEnd(7)}  ${String(r.weight).padStart(3)}  ${r.description}\n`,
    );
  }
  return 0;
}

/** `replylint explain <rule>`: rationale, hint and examples. */
export async function explainCommand(id: string, out: Output): Promise<number> {
  const rules = builtinRules();
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    throw new UsageError(
      `unknown rule "${id}"${didYouMean(
        id,
        rules.map((r) => r.id),
      )}; see \`replylint rules\``,
    );
  }
  const lines = [
    `${rule.id} — ${rule.description}`,
    `category: ${rule.category} · default severity: ${rule.severity} · weight: ${rule.weight}${rule.fixable ? ' · fixable' : ''}`,
    '',
    'Why:',
    indent(rule.rationale.trim()),
    '',
    'How to rewrite:',
    // Placeholders are filled per finding: {{match}}, {{lead}}, {{topic}}…
    indent(rule.hint.replace(/\{\{\s*\w+\s*\}\}/g, '…').trim()),
    '',
    'Fires on:',
    ...rule.examples.fires.map((e) => `  ✗ ${exampleLine(e)}`),
    '',
    'Passes:',
    ...rule.examples.passes.map((e) => `  ✓ ${exampleLine(e)}`),
  ];
  out.stdout(`${lines.join('\n')}\n`);
  return 0;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

/** The example's text, with the circumstances it depends on: "… [social; customer: "…"]". */
function exampleLine(input: ExampleInput): string {
  const e = exampleOf(input);
  const notes = [
    e.channel && e.channel !== 'email' ? e.channel : '',
    e.name ? `name: ${e.name}` : '',
    e.context ? `customer: "${oneLine(e.context)}"` : '',
    e.options ? `options: ${JSON.stringify(e.options)}` : '',
  ].filter(Boolean);
  return notes.length ? `${oneLine(e.text)}  [${notes.join('; ')}]` : oneLine(e.text);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ⏎ ');
}
