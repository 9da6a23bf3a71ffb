import type { Preset } from '../engine/registry.js';

export const DEFAULT_PRESET = 'replylint:recommended';

/**
 * The built-in presets; plugins add theirs as `<plugin>:<name>`. Later
 * `extends` entries override earlier ones, rule by rule. Both see every rule
 * the config knows: built-in, from `rulesDirs` and from `plugins`.
 */
export const PRESETS: Record<string, Preset> = {
  /** Every rule at its default severity. */
  'replylint:recommended': (rules) =>
    Object.fromEntries(rules.map((r) => [r.id, { severity: r.severity }])),
  /** Every rule at error level: any finding fails the run. */
  'replylint:strict': (rules) =>
    Object.fromEntries(rules.map((r) => [r.id, { severity: 'error' }])),
};
