import type { Rule } from '../rule.js';
import { asDefinition, RuleDefinitionError } from './definition.js';
import { moveRule } from './move.js';
import { patternRule } from './pattern.js';
import { phrasesRule } from './phrases.js';

export { RuleDefinitionError } from './definition.js';

/** The rule kinds a YAML rule file can name, built-in and user rules alike. */
export const RULE_KINDS: Record<string, (def: Record<string, unknown>) => Rule> = {
  phrases: phrasesRule,
  pattern: patternRule,
  move: moveRule,
};

/** Turns a parsed rule file (YAML) into a Rule, or throws RuleDefinitionError. */
export function ruleFromDefinition(value: unknown): Rule {
  const def = asDefinition(value);
  const kind = def.kind;
  if (typeof kind !== 'string') {
    throw new RuleDefinitionError(
      `"kind" is required (one of: ${Object.keys(RULE_KINDS).join(', ')})`,
      ['kind'],
    );
  }
  const build = RULE_KINDS[kind];
  if (!build) {
    throw new RuleDefinitionError(
      `unknown kind "${kind}" (one of: ${Object.keys(RULE_KINDS).join(', ')})`,
      ['kind'],
    );
  }
  return build(def);
}
