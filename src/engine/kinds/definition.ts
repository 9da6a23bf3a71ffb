import { CHANNELS, SEVERITIES, type Severity } from '../../types.js';
import type { ExampleInput, ExpectedFinding, Rule, RuleMeta } from '../rule.js';

/** A rule file that does not fit the schema; `path` locates the offending key. */
export class RuleDefinitionError extends Error {
  constructor(
    message: string,
    readonly path: ReadonlyArray<string | number> = [],
  ) {
    super(message);
  }
}

export type Definition = Record<string, unknown>;

/**
 * A kind of YAML rule: the keys it adds to the common ones, and how it turns a
 * checked definition into a Rule. schema/rule.schema.json mirrors these (a test
 * keeps them in sync).
 */
export interface RuleKind {
  /** Keys this kind requires beside `id`, `kind` and `message`. */
  readonly required: readonly string[];
  /** Keys this kind accepts beside the common ones. */
  readonly optional: readonly string[];
  /** Keys holding compromise match patterns (their #Tags are checked when user rules load). */
  readonly patternKeys?: readonly string[];
  build(def: Definition): Rule;
}

export const RULE_ID = /^(?:[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*$/;

/** Keys every kind accepts; only `id`, `kind` and `message` are required. */
export const COMMON_KEYS: readonly string[] = [
  'id',
  'kind',
  'category',
  'severity',
  'weight',
  'description',
  'rationale',
  'message',
  'hint',
  'examples',
  'options',
  'fixable',
];

/** Default weight per severity, when a rule gives none. */
export const DEFAULT_WEIGHT: Record<Severity, number> = { error: 15, warning: 8, info: 3 };

/** Keys of an example given as a mapping instead of plain text. */
export const EXAMPLE_KEYS: readonly string[] = [
  'text',
  'name',
  'channel',
  'context',
  'kind',
  'options',
  'findings',
];

/** Keys of an expected finding in an example's `findings`. */
export const EXPECTED_FINDING_KEYS: readonly string[] = [
  'match',
  'line',
  'column',
  'endLine',
  'endColumn',
  'message',
  'hint',
  'suggestions',
];

export function asDefinition(value: unknown): Definition {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RuleDefinitionError('a rule file must be a mapping of keys (id, kind, message, …)');
  }
  return value as Definition;
}

/** Reads and checks the metadata every kind shares, rejecting keys the kind does not know. */
export function readMeta(def: Definition, kind: Pick<RuleKind, 'required' | 'optional'>): RuleMeta {
  const allowed = new Set([...COMMON_KEYS, ...kind.required, ...kind.optional]);
  for (const key of Object.keys(def)) {
    if (!allowed.has(key)) {
      throw new RuleDefinitionError(`unknown key "${key}" (allowed: ${[...allowed].join(', ')})`, [
        key,
      ]);
    }
  }
  return readCommonMeta(def);
}

/**
 * The metadata of a rule (YAML or code) with the documented defaults: category
 * "custom", severity "warning", weight by severity (error 15, warning 8, info 3),
 * description = message (with "…" for its {{placeholders}}), no rationale, no
 * hint, not fixable, no options, no examples.
 */
export function readCommonMeta(def: Definition): RuleMeta {
  const id = requireString(def, 'id');
  if (!RULE_ID.test(id)) {
    throw new RuleDefinitionError(
      `id "${id}" must be kebab-case (lower-case letters, digits, dashes)`,
      ['id'],
    );
  }
  const severity = optionalString(def, 'severity') ?? 'warning';
  if (!(SEVERITIES as readonly string[]).includes(severity)) {
    throw new RuleDefinitionError(`severity must be one of ${SEVERITIES.join(', ')}`, ['severity']);
  }
  const weight = def.weight ?? DEFAULT_WEIGHT[severity as Severity];
  if (typeof weight !== 'number' || !(weight >= 0 && weight <= 100)) {
    throw new RuleDefinitionError('weight must be a number from 0 to 100', ['weight']);
  }
  if (def.fixable !== undefined && def.fixable !== null && typeof def.fixable !== 'boolean') {
    throw new RuleDefinitionError('"fixable" must be true or false', ['fixable']);
  }
  const message = requireString(def, 'message').trim();
  return {
    id,
    category: optionalString(def, 'category') ?? 'custom',
    severity: severity as Severity,
    weight,
    description:
      optionalString(def, 'description')?.trim() ?? message.replace(/\{\{\s*\w+\s*\}\}/g, '…'),
    rationale: optionalString(def, 'rationale')?.trim() ?? '',
    message,
    hint: optionalString(def, 'hint')?.trim() ?? '',
    fixable: def.fixable === true,
    options: readOptions(def),
    examples: readExamples(def),
  };
}

export function requireString(def: Definition, key: string): string {
  const value = def[key];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RuleDefinitionError(`"${key}" is required and must be a non-empty string`, [key]);
  }
  return value;
}

export function optionalString(def: Definition, key: string): string | undefined {
  const value = def[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new RuleDefinitionError(`"${key}" must be a string`, [key]);
  return value;
}

export function optionalNumber(def: Definition, key: string): number | undefined {
  const value = def[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RuleDefinitionError(`"${key}" must be a number, 0 or more`, [key]);
  }
  return value;
}

export function stringList(def: Definition, key: string, required: boolean): string[] {
  const value = def[key];
  if (value === undefined || value === null) {
    if (required) throw new RuleDefinitionError(`"${key}" is required: a list of strings`, [key]);
    return [];
  }
  if (!Array.isArray(value))
    throw new RuleDefinitionError(`"${key}" must be a list of strings`, [key]);
  value.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new RuleDefinitionError(`"${key}[${i}]" must be a non-empty string`, [key, i]);
    }
  });
  if (required && value.length === 0)
    throw new RuleDefinitionError(`"${key}" must not be empty`, [key]);
  return value as string[];
}

function readOptions(def: Definition): Record<string, unknown> {
  const value = def.options;
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new RuleDefinitionError('"options" must be a mapping of option names to defaults', [
      'options',
    ]);
  }
  return value as Record<string, unknown>;
}

function readExamples(def: Definition): { fires: ExampleInput[]; passes: ExampleInput[] } {
  const value = def.examples;
  if (value === undefined || value === null) return { fires: [], passes: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new RuleDefinitionError('"examples" must have "fires" and/or "passes" lists', [
      'examples',
    ]);
  }
  const examples = value as Record<string, unknown>;
  for (const key of Object.keys(examples)) {
    if (key !== 'fires' && key !== 'passes') {
      throw new RuleDefinitionError(`unknown key "examples.${key}" (use fires, passes)`, [
        'examples',
        key,
      ]);
    }
  }
  const list = (key: 'fires' | 'passes'): ExampleInput[] => {
    const items = examples[key] ?? [];
    if (!Array.isArray(items))
      throw new RuleDefinitionError(`"examples.${key}" must be a list`, ['examples', key]);
    return items.map((item, i) => readExample(item, ['examples', key, i]));
  };
  return { fires: list('fires'), passes: list('passes') };
}

/** An example: plain text, or a mapping with `text` and its circumstances. */
export function readExample(item: unknown, path: Array<string | number>): ExampleInput {
  const where = pathText(path);
  if (typeof item === 'string') return item;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new RuleDefinitionError(`"${where}" must be a string or a mapping with "text"`, path);
  }
  const example = item as Record<string, unknown>;
  for (const key of Object.keys(example)) {
    if (!EXAMPLE_KEYS.includes(key)) {
      throw new RuleDefinitionError(
        `unknown key "${key}" in "${where}" (allowed: ${EXAMPLE_KEYS.join(', ')})`,
        [...path, key],
      );
    }
  }
  if (typeof example.text !== 'string') {
    throw new RuleDefinitionError(`"${where}.text" is required: the example draft`, [
      ...path,
      'text',
    ]);
  }
  for (const key of ['name', 'context'] as const) {
    if (example[key] !== undefined && typeof example[key] !== 'string') {
      throw new RuleDefinitionError(`"${where}.${key}" must be a string`, [...path, key]);
    }
  }
  if (
    example.channel !== undefined &&
    !(CHANNELS as readonly unknown[]).includes(example.channel)
  ) {
    throw new RuleDefinitionError(`"${where}.channel" must be one of ${CHANNELS.join(', ')}`, [
      ...path,
      'channel',
    ]);
  }
  if (example.kind !== undefined && example.kind !== 'reply' && example.kind !== 'template') {
    throw new RuleDefinitionError(`"${where}.kind" must be reply or template`, [...path, 'kind']);
  }
  if (
    example.options !== undefined &&
    (typeof example.options !== 'object' ||
      example.options === null ||
      Array.isArray(example.options))
  ) {
    throw new RuleDefinitionError(`"${where}.options" must be a mapping`, [...path, 'options']);
  }
  if (example.findings !== undefined) readExpectedFindings(example.findings, [...path, 'findings']);
  return example as unknown as ExampleInput;
}

function readExpectedFindings(value: unknown, path: Array<string | number>): ExpectedFinding[] {
  const where = pathText(path);
  if (!Array.isArray(value)) {
    throw new RuleDefinitionError(`"${where}" must be a list of expected findings`, path);
  }
  return value.map((item, i) => {
    const at = [...path, i];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new RuleDefinitionError(
        `"${pathText(at)}" must be a mapping (match, line, column, suggestions, …)`,
        at,
      );
    }
    for (const [key, v] of Object.entries(item)) {
      if (!EXPECTED_FINDING_KEYS.includes(key)) {
        throw new RuleDefinitionError(
          `unknown key "${key}" in "${pathText(at)}" (allowed: ${EXPECTED_FINDING_KEYS.join(', ')})`,
          [...at, key],
        );
      }
      const ok =
        key === 'suggestions'
          ? Array.isArray(v) && v.every((s) => typeof s === 'string')
          : ['match', 'message', 'hint'].includes(key)
            ? typeof v === 'string'
            : Number.isInteger(v) && (v as number) >= 1;
      if (!ok) {
        const expected =
          key === 'suggestions'
            ? 'a list of strings'
            : ['match', 'message', 'hint'].includes(key)
              ? 'a string'
              : 'a whole number, 1 or more';
        throw new RuleDefinitionError(`"${pathText(at)}.${key}" must be ${expected}`, [...at, key]);
      }
    }
    return item as ExpectedFinding;
  });
}

function pathText(path: ReadonlyArray<string | number>): string {
  return path
    .map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`))
    .join('');
}
