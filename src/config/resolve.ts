import path from 'node:path';
import type { RuleRegistry } from '../engine/registry.js';
import type { ActiveRule } from '../engine/run.js';
import { builtinRegistry, loadRegistry, type RuleDirCache } from '../plugins/load-registry.js';
import type { SourceConfig } from '../sources/settings.js';
import type { Channel, SeverityOrOff } from '../types.js';
import { displayPath } from '../util/display-path.js';
import { ConfigError, UsageError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import { ConfigFinder, type LoadedConfig, locateKey } from './load.js';
import { DEFAULT_PRESET } from './presets.js';
import {
  type ConfigData,
  ConfigKeyError,
  emptyConfig,
  type RuleSetting,
  readExtensionKeys,
  validateConfig,
} from './validate.js';

/** What the command line (or API caller) says, which wins over config files. */
export interface ConfigOptions {
  cwd: string;
  /** --config FILE: use this file instead of searching. */
  configFile?: string;
  /** --no-config: use the defaults only. */
  useConfigFiles: boolean;
  /** --rule id=severity, applied last (ids are checked against each config's rules). */
  ruleOverrides: Record<string, SeverityOrOff>;
  channel?: Channel;
  name?: string;
}

/** The configuration that applies to one file. */
export interface EffectiveConfig {
  rules: ActiveRule[];
  channel: Channel;
  name?: string;
  /** The config file it came from, if any. */
  filepath?: string;
  settings: Record<string, RuleSetting>;
  /** How to read files: formats, templates, field mappings (globs relative to `sources.dir`). */
  sources: SourceConfig;
  /** Every rule and preset this config knows (built-in, rule folders, plugins). */
  registry: RuleRegistry;
}

/** Resolves and caches the effective config for each file's nearest config file. */
export class ConfigResolver {
  private readonly finder = new ConfigFinder();
  private readonly byConfigFile = new Map<string, Promise<EffectiveConfig>>();
  private readonly ruleDirs: RuleDirCache = new Map();

  constructor(private readonly options: ConfigOptions) {}

  async forFile(file: string): Promise<EffectiveConfig> {
    const loaded = await this.loadFor(file);
    const key = loaded?.filepath ?? '';
    let effective = this.byConfigFile.get(key);
    if (!effective) {
      effective = this.resolve(loaded);
      this.byConfigFile.set(key, effective);
    }
    return effective;
  }

  private loadFor(file: string): Promise<LoadedConfig | null> {
    if (this.options.configFile)
      return this.finder.load(path.resolve(this.options.cwd, this.options.configFile));
    if (!this.options.useConfigFiles) return Promise.resolve(null);
    return this.finder.forFile(file, this.options.cwd);
  }

  private async resolve(loaded: LoadedConfig | null): Promise<EffectiveConfig> {
    let registry = builtinRegistry();
    let data: ConfigData = emptyConfig();
    if (loaded) {
      // Plugins and rule folders first: they add the rules and presets the rest may name.
      registry = await located(loaded, () =>
        loadRegistry(
          { configFile: loaded.filepath, ...readExtensionKeys(loaded.config) },
          this.ruleDirs,
        ),
      );
      data = await located(loaded, async () =>
        validateConfig(loaded.config, registry.rules, registry.presetNames),
      );
    }
    const settings: Record<string, RuleSetting> = {};
    for (const preset of data.extends.length ? data.extends : [DEFAULT_PRESET]) {
      Object.assign(settings, registry.presets[preset]?.(registry.rules));
    }
    for (const [id, setting] of Object.entries(data.rules)) {
      settings[id] = { ...settings[id], ...setting };
    }
    for (const [id, severity] of Object.entries(this.options.ruleOverrides)) {
      if (!registry.get(id)) {
        throw new UsageError(`--rule: unknown rule "${id}"${didYouMean(id, registry.ids)}`);
      }
      settings[id] = { ...settings[id], severity };
    }
    const rules: ActiveRule[] = [];
    for (const rule of registry.rules) {
      const setting = settings[rule.id];
      if (!setting || setting.severity === 'off') continue;
      rules.push({
        rule,
        severity: setting.severity,
        options: { ...rule.options, ...setting.options },
      });
    }
    const name = this.options.name ?? data.name;
    return {
      rules,
      channel: this.options.channel ?? data.channel ?? 'email',
      ...(name !== undefined && { name }),
      ...(loaded && { filepath: loaded.filepath }),
      settings,
      sources: {
        dir: loaded ? path.dirname(loaded.filepath) : this.options.cwd,
        ...(data.formats && { formats: data.formats }),
        ...(data.templates && { templates: data.templates }),
        ...(data.collections && { collections: data.collections }),
        ...(data.helpdesk && { helpdesk: data.helpdesk }),
      },
      registry,
    };
  }
}

/** Runs a step of resolving a config file; a ConfigKeyError becomes a ConfigError at its line. */
async function located<T>(loaded: LoadedConfig, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof ConfigKeyError)) throw error;
    const pos = await locateKey(loaded.filepath, error.keyPath);
    throw new ConfigError(error.message, displayPath(loaded.filepath), pos?.line, pos?.column);
  }
}
