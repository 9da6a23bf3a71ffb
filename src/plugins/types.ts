import type { Rule, RuleMeta } from '../engine/rule.js';
import type { SeverityOrOff } from '../types.js';

/**
 * A rule given as data, exactly like a YAML rule file: `id`, `kind`, `message`
 * and the kind's keys (e.g. `phrases`), the rest optional.
 */
export interface RuleDefinition {
  id: string;
  kind: string;
  message: string;
  [key: string]: unknown;
}

/**
 * A code rule as a plugin may give it: `id`, `message` and `check` are
 * required; the rest of the metadata has the defaults of YAML rules.
 */
export type PluginCodeRule = Pick<Rule, 'id' | 'message' | 'check'> &
  Partial<Omit<RuleMeta, 'id' | 'message' | 'source'>>;

/** A rule's setting in a preset or config: a severity, or `[severity, { options }]`. */
export type RuleSettingInput =
  | SeverityOrOff
  | readonly [SeverityOrOff]
  | readonly [SeverityOrOff, Record<string, unknown>];

/** Rule settings a config can extend by name (`acme:recommended`). */
export interface PluginPreset {
  /** Rule ids: the plugin's own (plain or namespaced) or any other rule's. */
  rules: Readonly<Record<string, RuleSettingInput>>;
}

/**
 * What a plugin module exports (as its default export, or as named exports).
 * Its rules are namespaced by the plugin's name: rule `no-competitor-names` of
 * plugin `acme` is `acme/no-competitor-names`; its presets are `acme:<name>`.
 */
export interface Plugin {
  /**
   * The namespace of its rule ids and presets (lower-case letters, digits,
   * dashes). Default: the package name without `replylint-plugin-`
   * (`replylint-plugin-acme` → `acme`, `@acme/replylint-plugin` → `acme`), or
   * a local file's name without its extension.
   */
  name?: string;
  /** Code rules (with `check`) and rule definitions (with `kind`), as a list or by id. */
  rules?:
    | ReadonlyArray<Rule | PluginCodeRule | RuleDefinition>
    | Readonly<Record<string, Rule | PluginCodeRule | RuleDefinition>>;
  presets?: Readonly<Record<string, PluginPreset>>;
}

/** Identity helper that gives a plugin its types. */
export function definePlugin(plugin: Plugin): Plugin {
  return plugin;
}
