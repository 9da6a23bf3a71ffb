import { SEVERITIES, type Severity } from '../../types.js';
import type { ExampleInput, RuleMeta } from '../rule.js';

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

export const RULE_ID = /^(?:[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*$/;

const COMMON_KEYS = [
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

/** Default weight per severity, when a rule file gives none. */
const DEFAULT_WEIGHT: Record<Severity, number> = { error: 15, warning: 8, info: 3 };

export function asDefinition(value: unknown): Definition {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RuleDefinitionError('a rule file must be a mapping of keys (id, kind, message, …)');
  }
  return value as Definition;
}

/** Reads and checks the metadata every kind shares. */
export function readMeta(def: Definition, kindKeys: readonly string[]): RuleMeta {
  const allowed = new Set([...COMMON_KEYS, ...kindKeys]);
  for (const key of Object.keys(def)) {
    if (!allowed.has(key)) {
      throw new RuleDefinitionError(`unknown key "${key}" (allowed: ${[...allowed].join(', ')})`, [
        key,
      ]);
    }
  }
  const id = requireString(def, 'id');
  if (!RULE_ID.test(id)) {
    throw new RuleDefinitionError(`id "${id}" must be kebab-case (letters, digits, dashes)`, [
      'id',
    ]);
  }
  const severity = optionalString(def, 'severity') ?? 'warning';
  if (!(SEVERITIES as readonly string[]).includes(severity)) {
    throw new RuleDefinitionError(`severity must be one of ${SEVERITIES.join(', ')}`, ['severity']);
  }
  const weight = def.weight ?? DEFAULT_WEIGHT[severity as Severity];
  if (typeof weight !== 'number' || !(weight >= 0 && weight <= 100)) {
    throw new RuleDefinitionError('weight must be a number from 0 to 100', ['weight']);
  }
  const message = requireString(def, 'message').trim();
  return {
    id,
    category: optionalString(def, 'category') ?? 'custom',
    severity: severity as Severity,
    weight,
    description: optionalString(def, 'description')?.trim() ?? message,
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
    return items.map((item, i) => {
      if (typeof item === 'string') return item;
      if (
        typeof item === 'object' &&
        item !== null &&
        typeof (item as { text?: unknown }).text === 'string'
      ) {
        return item as ExampleInput;
      }
      throw new RuleDefinitionError(
        `"examples.${key}[${i}]" must be a string or a mapping with "text"`,
        ['examples', key, i],
      );
    });
  };
  return { fires: list('fires'), passes: list('passes') };
}
