import { stat } from 'node:fs/promises';
import path from 'node:path';
import { PRESETS } from '../config/presets.js';
import { ConfigKeyError, type RuleSetting, readRuleSetting } from '../config/validate.js';
import { builtinRules, type Preset, RuleRegistry } from '../engine/registry.js';
import type { Rule } from '../engine/rule.js';
import { displayPath } from '../util/display-path.js';
import { ConfigError } from '../util/errors.js';
import type { LoadedPlugin } from './load-plugin.js';

/** What a config file asks to load beside the built-ins. */
export interface ExtensionSources {
  /** The config file: paths and packages resolve from its folder. */
  configFile: string;
  rulesDirs: readonly string[];
  plugins: readonly string[];
}

/** Rule folders read once per run, however many configs name them. */
export type RuleDirCache = Map<string, Promise<Rule[]>>;

let builtin: RuleRegistry | undefined;

/** The registry of a run without config: built-in rules and presets. */
export function builtinRegistry(): RuleRegistry {
  builtin ??= new RuleRegistry(builtinRules(), PRESETS);
  return builtin;
}

/**
 * Builds the registry of one config: built-ins, then the rules of each
 * `rulesDirs` folder (a rule keeps its plain id unless a built-in has it: then
 * it is `<folder>/<id>`), then each plugin's rules (`<plugin>/<id>`) and
 * presets (`<plugin>:<name>`). Errors about the config's own entries are
 * ConfigKeyErrors (located in the config file by the caller); errors inside a
 * rule file are ConfigErrors naming that file and line.
 */
export async function loadRegistry(
  sources: ExtensionSources,
  dirCache: RuleDirCache = new Map(),
): Promise<RuleRegistry> {
  if (sources.rulesDirs.length === 0 && sources.plugins.length === 0) return builtinRegistry();
  const fromDir = path.dirname(sources.configFile);
  const rules: Rule[] = [...builtinRules()];
  const taken = new Map(rules.map((r) => [r.id, r]));
  const add = (rule: Rule, where: () => ConfigError | ConfigKeyError) => {
    if (taken.has(rule.id)) throw where();
    taken.set(rule.id, rule);
    rules.push(rule);
  };

  for (const [i, entry] of sources.rulesDirs.entries()) {
    const dir = path.resolve(fromDir, entry);
    let cached = dirCache.get(dir);
    if (!cached) {
      cached = readRuleDir(dir, entry, i);
      dirCache.set(dir, cached);
    }
    const folder = slug(path.basename(dir));
    for (const rule of await cached) {
      const clashesWithBuiltin = builtinRegistry().get(rule.id) !== undefined;
      const id = clashesWithBuiltin ? `${folder}/${rule.id}` : rule.id;
      add({ ...rule, id }, () => {
        const other = taken.get(id);
        return new ConfigError(
          `rule id "${id}" is already defined${other?.source ? ` in ${other.source}` : ''}`,
          rule.source,
        );
      });
    }
  }

  const plugins: LoadedPlugin[] = [];
  for (const [i, spec] of sources.plugins.entries()) {
    // Plugins and rule folders load their code (module resolution, YAML) on first use:
    // most runs name neither.
    const { loadPlugin, PluginError } = await import('./load-plugin.js');
    let plugin: LoadedPlugin;
    try {
      plugin = await loadPlugin(spec, fromDir);
    } catch (error) {
      if (error instanceof PluginError) throw new ConfigKeyError(error.message, ['plugins', i]);
      throw error;
    }
    const clash = plugins.find((p) => p.namespace === plugin.namespace);
    if (clash) {
      throw new ConfigKeyError(
        `plugins "${clash.spec}" and "${spec}" both use the name "${plugin.namespace}"`,
        ['plugins', i],
      );
    }
    for (const rule of plugin.rules) {
      add(
        rule,
        () =>
          new ConfigKeyError(`plugin "${spec}": rule "${rule.id}" is already defined`, [
            'plugins',
            i,
          ]),
      );
    }
    plugins.push(plugin);
  }

  const registry = new RuleRegistry(rules, {});
  const presets: Record<string, Preset> = { ...PRESETS };
  for (const [i, plugin] of plugins.entries()) {
    for (const [name, preset] of Object.entries(plugin.presets)) {
      const settings = presetSettings(plugin, name, preset.rules, registry, i);
      presets[`${plugin.namespace}:${name}`] = () => settings;
    }
  }
  return new RuleRegistry(rules, presets);
}

async function readRuleDir(dir: string, entry: string, index: number): Promise<Rule[]> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new ConfigKeyError(`rules folder "${entry}" not found (looked for ${displayPath(dir)})`, [
      'rulesDirs',
      index,
    ]);
  }
  const { listRuleFiles, readRuleFile } = await import('./rule-files.js');
  const rules: Rule[] = [];
  const seen = new Map<string, string>();
  for (const file of await listRuleFiles(dir)) {
    const rule = await readRuleFile(file);
    const other = seen.get(rule.id);
    if (other) {
      throw new ConfigError(`rule id "${rule.id}" is already defined in ${other}`, rule.source);
    }
    seen.set(rule.id, rule.source ?? file);
    rules.push(rule);
  }
  return rules;
}

/** A plugin preset's settings, with its rule ids resolved (own rules first) and checked. */
function presetSettings(
  plugin: LoadedPlugin,
  name: string,
  settings: Readonly<Record<string, unknown>>,
  registry: RuleRegistry,
  index: number,
): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(settings)) {
    const rule = registry.get(`${plugin.namespace}/${id}`) ?? registry.get(id);
    const where = `plugin "${plugin.spec}": preset "${name}"`;
    if (!rule) throw new ConfigKeyError(`${where}: unknown rule "${id}"`, ['plugins', index]);
    try {
      out[rule.id] = readRuleSetting(rule, value, ['rules', id]);
    } catch (error) {
      if (error instanceof ConfigKeyError) {
        throw new ConfigKeyError(`${where}: ${error.message}`, ['plugins', index]);
      }
      throw error;
    }
  }
  return out;
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'rules'
  );
}
