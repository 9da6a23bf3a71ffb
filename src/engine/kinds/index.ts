import type { Rule } from '../rule.js';
import { asDefinition, RuleDefinitionError, type RuleKind } from './definition.js';
import { metricKind } from './metric.js';
import { patternKind } from './pattern.js';
import { phrasesKind } from './phrases.js';
import { requiresMoveKind } from './requires-move.js';
import { substituteKind } from './substitute.js';

export { RuleDefinitionError, type RuleKind } from './definition.js';

/**
 * The rule kinds a YAML rule file can name, built-in and user rules alike.
 * Adding one? Describe it in schema/rule.schema.json too (a test compares them).
 */
export const RULE_KINDS: Record<string, RuleKind> = {
  phrases: phrasesKind,
  pattern: patternKind,
  substitute: substituteKind,
  'requires-move': requiresMoveKind,
  metric: metricKind,
};

/** Turns a parsed rule file (YAML) into a Rule, or throws RuleDefinitionError. */
export function ruleFromDefinition(value: unknown): Rule {
  const def = asDefinition(value);
  return kindOf(def).build(def);
}

/** The kind a definition names, or a RuleDefinitionError. */
export function kindOf(def: Record<string, unknown>): RuleKind {
  const kind = def.kind;
  const names = Object.keys(RULE_KINDS).join(', ');
  if (typeof kind !== 'string') {
    throw new RuleDefinitionError(`"kind" is required (one of: ${names})`, ['kind']);
  }
  const found = Object.hasOwn(RULE_KINDS, kind) ? RULE_KINDS[kind] : undefined;
  if (!found) throw new RuleDefinitionError(`unknown kind "${kind}" (one of: ${names})`, ['kind']);
  return found;
}
