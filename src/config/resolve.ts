import path from 'node:path';
import type { Rule } from '../engine/rule.js';
import type { ActiveRule } from '../engine/run.js';
import type { SourceConfig } from '../sources/settings.js';
import type { Channel, SeverityOrOff } from '../types.js';
import { ConfigError } from '../util/errors.js';
import { ConfigFinder, type LoadedConfig, locateKey } from './load.js';
import { DEFAULT_PRESET, PRESETS } from './presets.js';
import { type ConfigData, ConfigKeyError, type RuleSetting, validateConfig } from './validate.js';

/** What the command line (or API caller) says, which wins over config files. */
export interface ConfigOptions {
  cwd: string;
  /** --config FILE: use this file instead of searching. */
  configFile?: string;
  /** --no-config: use the defaults only. */
  useConfigFiles: boolean;
  /** --rule id=severity, applied last. */
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
}

/** Resolves and caches the effective config for each file's nearest config file. */
export class ConfigResolver {
  private readonly finder = new ConfigFinder();
  private readonly byConfigFile = new Map<string, Promise<EffectiveConfig>>();

  constructor(
    private readonly options: ConfigOptions,
    private readonly rules: readonly Rule[],
  ) {}

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
    const data = loaded ? await validated(loaded, this.rules) : { extends: [], rules: {} };
    const settings: Record<string, RuleSetting> = {};
    for (const preset of data.extends.length ? data.extends : [DEFAULT_PRESET]) {
      Object.assign(settings, PRESETS[preset]?.(this.rules));
    }
    for (const [id, setting] of Object.entries(data.rules)) {
      settings[id] = { ...settings[id], ...setting };
    }
    for (const [id, severity] of Object.entries(this.options.ruleOverrides)) {
      settings[id] = { ...settings[id], severity };
    }
    const rules: ActiveRule[] = [];
    for (const rule of this.rules) {
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
    };
  }
}

async function validated(loaded: LoadedConfig, rules: readonly Rule[]): Promise<ConfigData> {
  try {
    return validateConfig(loaded.config, rules, Object.keys(PRESETS));
  } catch (error) {
    if (!(error instanceof ConfigKeyError)) throw error;
    const pos = await locateKey(loaded.filepath, error.keyPath);
    throw new ConfigError(error.message, displayPath(loaded.filepath), pos?.line, pos?.column);
  }
}

function displayPath(filepath: string): string {
  const relative = path.relative(process.cwd(), filepath);
  return relative && !relative.startsWith('..') ? relative : filepath;
}
