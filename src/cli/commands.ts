import { ConfigResolver } from '../config/resolve.js';
import type { RuleRegistry } from '../engine/registry.js';
import { type ExampleInput, exampleOf } from '../engine/rule.js';
import { UsageError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import type { Output } from './output.js';

/** -c/--config and --no-config, as given to `rules` and `explain`. */
export interface ConfigFlags {
  config?: string | false;
}

/**
 * The rules the config in the working directory knows (built-ins, its rule
 * folders and plugins); with --no-config, the built-ins.
 */
async function registryOf(flags: ConfigFlags): Promise<RuleRegistry> {
  const resolver = new ConfigResolver({
    cwd: process.cwd(),
    ...(typeof flags.config === 'string' && { configFile: flags.config }),
    useConfigFiles: flags.config !== false,
    ruleOverrides: {},
  });
  return (await resolver.forFile('-')).registry;
}

/** `replylint rules`: one line per rule. */
export async function rulesCommand(
  opts: { format: string } & ConfigFlags,
  out: Output,
): Promise<number> {
  const { rules } = await registryOf(opts);
  if (opts.format === 'json') {
    const list = rules.map(({ id, category, severity, weight, description, source }) => ({
      id,
      category,
      severity,
      weight,
      description,
      ...(source && { source }),
    }));
    out.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    const from = r.source ? `  (${r.source})` : '';
    out.stdout(
      `${r.id.padEnd(width)}  ${r.category.padEnd(8)}  ${r.severity.padEnd(7)}  ${String(r.weight).padStart(3)}  ${r.description}${from}\n`,
    );
  }
  return 0;
}

/** `replylint explain <rule>`: rationale, hint and examples. */
export async function explainCommand(id: string, flags: ConfigFlags, out: Output): Promise<number> {
  const registry = await registryOf(flags);
  const rule = registry.get(id);
  if (!rule) {
    throw new UsageError(
      `unknown rule "${id}"${didYouMean(id, registry.ids)}; see \`replylint rules\``,
    );
  }
  const lines = [
    `${rule.id} — ${rule.description}`,
    `category: ${rule.category} · default severity: ${rule.severity} · weight: ${rule.weight}${rule.fixable ? ' · fixable' : ''}`,
    ...(rule.source ? [`from: ${rule.source}`] : []),
    ...(rule.rationale.trim() ? ['', 'Why:', indent(rule.rationale.trim())] : []),
    ...(rule.hint.trim()
      ? // Placeholders are filled per finding: {{match}}, {{lead}}, {{topic}}…
        ['', 'How to rewrite:', indent(rule.hint.replace(/\{\{\s*\w+\s*\}\}/g, '…').trim())]
      : []),
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
