import { BUILTIN_RULES } from '../../rules/index.js';
import type { RuleSetting } from '../config/validate.js';
import type { Rule } from './rule.js';

/** A named set of rule settings a config can extend; it sees every rule the config knows. */
export type Preset = (rules: readonly Rule[]) => Record<string, RuleSetting>;

/**
 * The rules and presets one config knows: the built-ins, the rules of its
 * `rulesDirs` and of its `plugins` (namespaced), and their presets.
 */
export class RuleRegistry {
  private readonly byId: ReadonlyMap<string, Rule>;

  constructor(
    readonly rules: readonly Rule[],
    readonly presets: Readonly<Record<string, Preset>>,
  ) {
    this.byId = new Map(rules.map((r) => [r.id, r]));
  }

  get(id: string): Rule | undefined {
    return this.byId.get(id);
  }

  get ids(): string[] {
    return this.rules.map((r) => r.id);
  }

  get presetNames(): string[] {
    return Object.keys(this.presets);
  }
}

/** The built-in rules alone. */
export function builtinRules(): readonly Rule[] {
  return BUILTIN_RULES;
}
