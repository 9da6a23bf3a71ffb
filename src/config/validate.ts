import type { Rule } from '../engine/rule.js';
import { CHANNELS, type Channel, type Helpdesk, SEVERITIES, type SeverityOrOff } from '../types.js';
import { didYouMean } from '../util/suggest.js';
import {
  type FormatRule,
  readCollections,
  readFormats,
  readHelpdesk,
  readTemplates,
  type SourceMapping,
} from './source-keys.js';

/** A config value that is wrong; `keyPath` locates it for the error message. */
export class ConfigKeyError extends Error {
  constructor(
    message: string,
    readonly keyPath: ReadonlyArray<string | number>,
  ) {
    super(message);
  }
}

export interface RuleSetting {
  severity: SeverityOrOff;
  options?: Record<string, unknown>;
}

/** Phrases findings may contain without being reported: by rule id, `"*"` for every rule. */
export type AllowList = Record<string, string[]>;

/** Settings that apply to the files an override's globs match (see `overrides`). */
export interface OverrideData {
  files: string[];
  excludedFiles: string[];
  rules: Record<string, RuleSetting>;
  channel?: Channel;
  name?: string;
  allow: AllowList;
}

/** A config file after validation. */
export interface ConfigData {
  extends: string[];
  rules: Record<string, RuleSetting>;
  channel?: Channel;
  name?: string;
  /** Formats by glob or extension (later entries win). */
  formats?: FormatRule[];
  /** Globs whose drafts are templates. */
  templates?: string[];
  /** Field mappings for JSON/YAML shapes replylint does not know. */
  collections?: SourceMapping[];
  /** Whose placeholders templates under this config use. */
  helpdesk?: Helpdesk;
  /** Plugin packages or files, resolved from the config file's folder. */
  plugins: string[];
  /** Folders of YAML rule files, relative to the config file's folder. */
  rulesDirs: string[];
  allow: AllowList;
  overrides: OverrideData[];
}

export const SEVERITY_NAMES: readonly string[] = [...SEVERITIES, 'off'];

interface ReadContext {
  rules: readonly Rule[];
  presets: readonly string[];
}

/**
 * One reader per top-level config key: it checks the value and stores it on
 * the ConfigData. Add a key by adding a reader (and documenting it in the README).
 */
const KEY_READERS: Record<string, (value: unknown, data: ConfigData, ctx: ReadContext) => void> = {
  extends: (value, data, ctx) => {
    data.extends = readExtends(value, ctx.presets);
  },
  rules: (value, data, ctx) => {
    data.rules = readRules(value, ctx.rules);
  },
  channel: (value, data) => {
    data.channel = readChannel(value, ['channel']);
  },
  name: (value, data) => {
    if (typeof value !== 'string') throw new ConfigKeyError('"name" must be a string', ['name']);
    data.name = value;
  },
  formats: (value, data) => {
    data.formats = readFormats(value, ['formats']);
  },
  templates: (value, data) => {
    data.templates = readTemplates(value, ['templates']);
  },
  collections: (value, data) => {
    data.collections = readCollections(value, ['collections']);
  },
  helpdesk: (value, data) => {
    data.helpdesk = readHelpdesk(value, ['helpdesk']);
  },
  plugins: (value, data) => {
    data.plugins = readStringList(value, 'plugins', 'a plugin package name or a path to a file');
  },
  rulesDirs: (value, data) => {
    data.rulesDirs = readStringList(value, 'rulesDirs', 'a folder of YAML rule files');
  },
  allow: (value, data, ctx) => {
    data.allow = readAllow(value, ctx.rules, ['allow']);
  },
  overrides: (value, data, ctx) => {
    data.overrides = readOverrides(value, ctx);
  },
};

/** Keys that bring in rules and presets: read first, since they decide what `rules` and `extends` may name. */
const EXTENSION_KEYS = ['plugins', 'rulesDirs'] as const;

export const CONFIG_KEYS: readonly string[] = Object.keys(KEY_READERS);

/** Checks a parsed config object against the schema and the known rules. */
export function validateConfig(
  value: unknown,
  rules: readonly Rule[],
  presets: readonly string[],
): ConfigData {
  const data = emptyConfig();
  if (value === null || value === undefined) return data;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigKeyError('config must be a mapping of keys (rules, extends, …)', []);
  }
  for (const [key, entry] of Object.entries(value)) {
    const read = KEY_READERS[key];
    if (!read)
      throw new ConfigKeyError(`unknown key "${key}"${didYouMean(key, CONFIG_KEYS)}`, [key]);
    if (entry !== undefined) read(entry, data, { rules, presets });
  }
  return data;
}

export function emptyConfig(): ConfigData {
  return { extends: [], rules: {}, plugins: [], rulesDirs: [], allow: {}, overrides: [] };
}

/**
 * The `plugins` and `rulesDirs` of a config, checked: they must be loaded
 * before the rest can be validated against the rules and presets they add.
 */
export function readExtensionKeys(value: unknown): Pick<ConfigData, 'plugins' | 'rulesDirs'> {
  const data = emptyConfig();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return data;
  const config = value as Record<string, unknown>;
  for (const key of EXTENSION_KEYS) {
    if (config[key] !== undefined)
      KEY_READERS[key]?.(config[key], data, { rules: [], presets: [] });
  }
  return { plugins: data.plugins, rulesDirs: data.rulesDirs };
}

/** A string or a list of non-empty strings. */
function readStringList(value: unknown, key: string, what: string): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list))
    throw new ConfigKeyError(`"${key}" must be a list: each ${what}`, [key]);
  list.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new ConfigKeyError(
        `"${key}[${i}]" must be ${what}`,
        typeof value === 'string' ? [key] : [key, i],
      );
    }
  });
  return list as string[];
}

export function readChannel(value: unknown, keyPath: ReadonlyArray<string | number>): Channel {
  if (typeof value !== 'string' || !(CHANNELS as readonly string[]).includes(value)) {
    throw new ConfigKeyError(
      `channel must be one of ${CHANNELS.join(', ')}${typeof value === 'string' ? didYouMean(value, CHANNELS) : ''}`,
      keyPath,
    );
  }
  return value as Channel;
}

function readExtends(value: unknown, presets: readonly string[]): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list))
    throw new ConfigKeyError('"extends" must be a preset name or a list of them', ['extends']);
  return list.map((name, i) => {
    if (typeof name !== 'string' || !presets.includes(name)) {
      throw new ConfigKeyError(
        `unknown preset "${String(name)}"${didYouMean(String(name), presets)}`,
        typeof value === 'string' ? ['extends'] : ['extends', i],
      );
    }
    return name;
  });
}

function readRules(
  value: unknown,
  rules: readonly Rule[],
  keyPath: Array<string | number> = ['rules'],
): Record<string, RuleSetting> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigKeyError('"rules" must map rule ids to a severity', keyPath);
  }
  const ids = rules.map((r) => r.id);
  const settings: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(value)) {
    const rule = rules.find((r) => r.id === id);
    if (!rule)
      throw new ConfigKeyError(`unknown rule "${id}"${didYouMean(id, ids)}`, [...keyPath, id]);
    settings[id] = readRuleSetting(rule, setting, [...keyPath, id]);
  }
  return settings;
}

function readList(value: unknown, keyPath: Array<string | number>, what: string): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list))
    throw new ConfigKeyError(`"${keyPath[keyPath.length - 1]}" must be ${what}`, keyPath);
  return list.map((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new ConfigKeyError(`each entry must be a non-empty string (${what})`, [...keyPath, i]);
    }
    return item;
  });
}

/**
 * `allow: [phrase, …]` for every rule, or `allow: { rule-id: [phrase, …], "*": [...] }`
 * per rule.
 */
export function readAllow(
  value: unknown,
  rules: readonly Rule[],
  keyPath: Array<string | number>,
): AllowList {
  if (Array.isArray(value) || typeof value === 'string') {
    return { '*': readPhrases(value, keyPath) };
  }
  if (typeof value !== 'object' || value === null) {
    throw new ConfigKeyError(
      '"allow" must be a list of phrases, or map rule ids ("*" for all) to lists of phrases',
      keyPath,
    );
  }
  const ids = rules.map((r) => r.id);
  const allow: AllowList = {};
  for (const [id, phrases] of Object.entries(value)) {
    if (id !== '*' && !ids.includes(id)) {
      throw new ConfigKeyError(`unknown rule "${id}"${didYouMean(id, ids)}`, [...keyPath, id]);
    }
    allow[id] = readPhrases(phrases, [...keyPath, id]);
  }
  return allow;
}

function readPhrases(value: unknown, keyPath: Array<string | number>): string[] {
  const phrases = readList(value, keyPath, 'a list of phrases');
  phrases.forEach((phrase, i) => {
    if (!/[\p{L}\p{N}]/u.test(phrase)) {
      throw new ConfigKeyError(`allowed phrase "${phrase}" has no words`, [...keyPath, i]);
    }
  });
  return phrases;
}

const OVERRIDE_KEYS = ['files', 'excludedFiles', 'rules', 'channel', 'name', 'allow'];

/** `overrides: [{ files: [globs], excludedFiles?, channel?, rules?, allow?, name? }]`. */
function readOverrides(value: unknown, ctx: ReadContext): OverrideData[] {
  if (!Array.isArray(value)) {
    throw new ConfigKeyError('"overrides" must be a list of { files, … } entries', ['overrides']);
  }
  return value.map((entry, i) => {
    const at = ['overrides', i];
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new ConfigKeyError('an override must be a mapping with "files" and settings', at);
    }
    const record = entry as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!OVERRIDE_KEYS.includes(key)) {
        throw new ConfigKeyError(
          `unknown key "${key}" in override${didYouMean(key, OVERRIDE_KEYS) || ` (keys: ${OVERRIDE_KEYS.join(', ')})`}`,
          [...at, key],
        );
      }
    }
    if (record.files === undefined) {
      throw new ConfigKeyError('an override needs "files": a list of globs', at);
    }
    const files = readList(record.files, [...at, 'files'], 'a glob or a list of globs');
    if (files.length === 0) {
      throw new ConfigKeyError('"files" must name at least one glob', [...at, 'files']);
    }
    const override: OverrideData = {
      files,
      excludedFiles:
        record.excludedFiles === undefined
          ? []
          : readList(record.excludedFiles, [...at, 'excludedFiles'], 'a list of globs'),
      rules: record.rules === undefined ? {} : readRules(record.rules, ctx.rules, [...at, 'rules']),
      allow: record.allow === undefined ? {} : readAllow(record.allow, ctx.rules, [...at, 'allow']),
    };
    if (record.channel !== undefined)
      override.channel = readChannel(record.channel, [...at, 'channel']);
    if (record.name !== undefined) {
      if (typeof record.name !== 'string')
        throw new ConfigKeyError('"name" must be a string', [...at, 'name']);
      override.name = record.name;
    }
    return override;
  });
}

/** `severity` or `[severity, { option: value }]`. */
export function readRuleSetting(
  rule: Rule,
  value: unknown,
  keyPath: Array<string | number>,
): RuleSetting {
  const [severity, options] = Array.isArray(value) ? value : [value, undefined];
  if (typeof severity !== 'string' || !SEVERITY_NAMES.includes(severity)) {
    throw new ConfigKeyError(
      `severity of "${rule.id}" must be one of ${SEVERITY_NAMES.join(', ')}${typeof severity === 'string' ? didYouMean(severity, SEVERITY_NAMES) : ''}`,
      Array.isArray(value) ? [...keyPath, 0] : keyPath,
    );
  }
  if (Array.isArray(value) && value.length > 2) {
    throw new ConfigKeyError(`"${rule.id}" takes [severity, { options }]`, keyPath);
  }
  if (options === undefined) return { severity: severity as SeverityOrOff };
  return {
    severity: severity as SeverityOrOff,
    options: readRuleOptions(rule, options, [...keyPath, 1]),
  };
}

function readRuleOptions(
  rule: Rule,
  value: unknown,
  keyPath: Array<string | number>,
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigKeyError(`options of "${rule.id}" must be a mapping`, keyPath);
  }
  const defaults = rule.options ?? {};
  const known = Object.keys(defaults);
  for (const [key, option] of Object.entries(value)) {
    if (!(key in defaults)) {
      const allowed = known.length ? ` (options: ${known.join(', ')})` : ' (it takes no options)';
      throw new ConfigKeyError(
        `unknown option "${key}" for rule "${rule.id}"${didYouMean(key, known) || allowed}`,
        [...keyPath, key],
      );
    }
    const expected = typeName(defaults[key]);
    if (expected !== 'null' && typeName(option) !== expected) {
      throw new ConfigKeyError(`option "${key}" of "${rule.id}" must be ${expected}`, [
        ...keyPath,
        key,
      ]);
    }
  }
  return value as Record<string, unknown>;
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
