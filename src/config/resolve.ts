import path from 'node:path';
import type { RuleRegistry } from '../engine/registry.js';
import type { ActiveRule } from '../engine/run.js';
import { builtinRegistry, loadRegistry, type RuleDirCache } from '../plugins/load-registry.js';
import type { SourceConfig } from '../sources/settings.js';
import type { Channel, SeverityOrOff } from '../types.js';
import { displayPath } from '../util/display-path.js';
import { ConfigError, UsageError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import { globMatches, relativeInside } from './globs.js';
import { ConfigFinder, type LoadedConfig, locateKey } from './load.js';
import { DEFAULT_PRESET } from './presets.js';
import {
  type AllowList,
  type ConfigData,
  ConfigKeyError,
  emptyConfig,
  type OverrideData,
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
  /** Phrases allowed per rule id (`"*"`: every rule), from config `allow`. */
  allow: AllowList;
  /** The config file it came from, if any. */
  filepath?: string;
  /** Indexes of the config's `overrides` that matched the file. */
  overrides: number[];
  settings: Record<string, RuleSetting>;
  /** How to read files: formats, templates, field mappings (globs relative to `sources.dir`). */
  sources: SourceConfig;
  /** Every rule and preset this config knows (built-in, rule folders, plugins). */
  registry: RuleRegistry;
}

/** A config file, loaded and validated once, with its rules and override matchers. */
interface LoadedData {
  loaded: LoadedConfig | null;
  data: ConfigData;
  registry: RuleRegistry;
  /** Override globs are relative to this directory. */
  base: string;
  matchers: Array<(relative: string) => boolean>;
}

/** Resolves and caches the effective config for each file's nearest config file. */
export class ConfigResolver {
  private readonly finder = new ConfigFinder();
  private readonly byConfigFile = new Map<string, Promise<LoadedData>>();
  private readonly effective = new Map<string, EffectiveConfig>();
  private readonly ruleDirs: RuleDirCache = new Map();

  constructor(private readonly options: ConfigOptions) {}

  /** The config for a file: its nearest config file, then the overrides whose globs match it. */
  async forFile(file: string): Promise<EffectiveConfig> {
    const loaded = await this.loadFor(file);
    const key = loaded?.filepath ?? '';
    let entry = this.byConfigFile.get(key);
    if (!entry) {
      entry = this.loadData(loaded);
      this.byConfigFile.set(key, entry);
    }
    const data = await entry;
    const matched =
      file === '-' ? [] : matchingOverrides(data, path.resolve(this.options.cwd, file));
    const effectiveKey = `${key}\0${matched.join(',')}`;
    let effective = this.effective.get(effectiveKey);
    if (!effective) {
      effective = this.resolve(data, matched);
      this.effective.set(effectiveKey, effective);
    }
    return effective;
  }

  private loadFor(file: string): Promise<LoadedConfig | null> {
    if (this.options.configFile)
      return this.finder.load(path.resolve(this.options.cwd, this.options.configFile));
    if (!this.options.useConfigFiles) return Promise.resolve(null);
    return this.finder.forFile(file, this.options.cwd);
  }

  private async loadData(loaded: LoadedConfig | null): Promise<LoadedData> {
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
    // Like ESLint: globs are relative to the config file's folder, or to the working
    // directory for a config given with --config.
    const base =
      this.options.configFile || !loaded ? this.options.cwd : path.dirname(loaded.filepath);
    const matchers = data.overrides.map((o) => overrideMatcher(o));
    return { loaded, data, registry, base: path.resolve(base), matchers };
  }

  private resolve({ loaded, data, registry }: LoadedData, matched: number[]): EffectiveConfig {
    const settings: Record<string, RuleSetting> = {};
    for (const preset of data.extends.length ? data.extends : [DEFAULT_PRESET]) {
      Object.assign(settings, registry.presets[preset]?.(registry.rules));
    }
    // The config file, then each matching override in order.
    const layers: Array<ConfigData | OverrideData> = [
      data,
      ...matched.map((i) => data.overrides[i] as OverrideData),
    ];
    let channel: Channel | undefined;
    let configName: string | undefined;
    const allow: AllowList = {};
    for (const layer of layers) {
      for (const [id, setting] of Object.entries(layer.rules)) {
        settings[id] = { ...settings[id], ...setting };
      }
      for (const [id, phrases] of Object.entries(layer.allow)) {
        allow[id] = [...(allow[id] ?? []), ...phrases];
      }
      channel = layer.channel ?? channel;
      configName = layer.name ?? configName;
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
    const name = this.options.name ?? configName;
    return {
      rules,
      channel: this.options.channel ?? channel ?? 'email',
      ...(name !== undefined && { name }),
      allow,
      ...(loaded && { filepath: loaded.filepath }),
      overrides: matched,
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

function overrideMatcher(override: OverrideData): (relative: string) => boolean {
  const include = anyGlob(override.files);
  const exclude = anyGlob(override.excludedFiles);
  return (relative) => include(relative) && !exclude(relative);
}

/** Any of the globs (see globMatches). */
function anyGlob(globs: readonly string[]): (relative: string) => boolean {
  const matchers = globs.map(globMatches);
  return (relative) => matchers.some((matches) => matches(relative));
}

function matchingOverrides(data: LoadedData, absolute: string): number[] {
  if (data.matchers.length === 0) return [];
  const relative = relativeInside(data.base, absolute);
  if (relative === undefined) return [];
  const matched: number[] = [];
  data.matchers.forEach((matches, i) => {
    if (matches(relative)) matched.push(i);
  });
  return matched;
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
