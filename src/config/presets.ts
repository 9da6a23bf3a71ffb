import type { Rule } from '../engine/rule.js';
import type { RuleSetting } from './validate.js';

export const DEFAULT_PRESET = 'replylint:recommended';

/** Presets: named rule settings a config can extend; later entries override earlier ones. */
export const PRESETS: Record<string, (rules: readonly Rule[]) => Record<string, RuleSetting>> = {
  /** Every built-in rule at its default severity. */
  'replylint:recommended': (rules) =>
    Object.fromEntries(rules.map((r) => [r.id, { severity: r.severity }])),
};
