// The published JSON Schemas (schema/) must say what the validators do:
// same kinds, same keys, same required keys, and the same verdict on samples.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import configSchema from '../schema/config.schema.json' with { type: 'json' };
import ruleSchema from '../schema/rule.schema.json' with { type: 'json' };
import { CONFIG_KEYS, validateConfig } from '../src/config/validate.js';
import { COMMON_KEYS } from '../src/engine/kinds/definition.js';
import { RULE_KINDS, ruleFromDefinition } from '../src/engine/kinds/index.js';
import { builtinRules } from '../src/engine/registry.js';
import { ROOT } from './helpers/cli.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validRule = ajv.compile(ruleSchema);
const validConfig = ajv.compile(configSchema);

interface Branch {
  properties: Record<string, { const?: string }>;
  required: string[];
}
const branches = ruleSchema.oneOf as unknown as Branch[];
const branchOf = (kind: string) => branches.find((b) => b.properties.kind?.const === kind);

const yamlFiles = (dir: string) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => [`${dir}/${f}`, parse(readFileSync(path.join(ROOT, dir, f), 'utf8'))] as const);

const accepts = (def: unknown) => {
  try {
    ruleFromDefinition(def);
    return true;
  } catch {
    return false;
  }
};

describe('schema/rule.schema.json', () => {
  it('has one branch per kind, with exactly the keys and required keys of the validator', () => {
    expect(branches.map((b) => b.properties.kind?.const).sort()).toEqual(
      Object.keys(RULE_KINDS).sort(),
    );
    expect(ruleSchema.properties.kind.enum.sort()).toEqual(Object.keys(RULE_KINDS).sort());
    for (const [name, kind] of Object.entries(RULE_KINDS)) {
      const branch = branchOf(name);
      expect(Object.keys(branch?.properties ?? {}).sort(), name).toEqual(
        [...COMMON_KEYS, ...kind.required, ...kind.optional].sort(),
      );
      expect(branch?.required.sort(), name).toEqual(
        ['id', 'kind', 'message', ...kind.required].sort(),
      );
    }
  });

  it.each([...yamlFiles('rules'), ...yamlFiles('fixtures/style')])('accepts %s', (_file, def) => {
    expect(validRule.errors ?? [], JSON.stringify(def)).toEqual([]);
    expect(validRule(def), ajv.errorsText(validRule.errors)).toBe(true);
    expect(accepts(def)).toBe(true);
  });

  const base = { id: 'x', message: 'm' };
  it.each([
    { ...base, kind: 'phrases', phrases: ['a'] },
    {
      ...base,
      kind: 'pattern',
      patterns: ['you #Verb'],
      unless: ['you see'],
      severity: 'info',
      weight: 0,
    },
    {
      ...base,
      kind: 'substitute',
      replace: { ticket: 'request', agent: ['advisor', 'specialist'] },
    },
    { ...base, kind: 'requires-move', move: 'uses-name', channels: ['email'] },
    { ...base, kind: 'metric', metric: 'caps-ratio', max: 0.5 },
    {
      ...base,
      kind: 'phrases',
      phrases: ['a'],
      examples: {
        fires: [
          'a',
          { text: 'a', channel: 'chat', findings: [{ match: 'a', line: 1, suggestions: [] }] },
        ],
      },
    },
  ])('both accept %j', (def) => {
    expect(validRule(def), ajv.errorsText(validRule.errors)).toBe(true);
    expect(accepts(def)).toBe(true);
  });

  it.each([
    { ...base, phrases: ['a'] },
    { id: 'x', kind: 'phrases', phrases: ['a'] },
    { ...base, kind: 'phrases' },
    { ...base, kind: 'phrases', phrases: [] },
    { ...base, kind: 'phrases', phrases: ['a'], patterns: ['b'] },
    { ...base, kind: 'regex', phrases: ['a'] },
    { ...base, id: 'Bad Id', kind: 'phrases', phrases: ['a'] },
    { ...base, kind: 'phrases', phrases: ['a'], severity: 'fatal' },
    { ...base, kind: 'phrases', phrases: ['a'], weight: 101 },
    { ...base, kind: 'phrases', phrases: ['a'], examples: { fire: [] } },
    { ...base, kind: 'phrases', phrases: ['a'], examples: { fires: [{ txt: 'a' }] } },
    { ...base, kind: 'substitute', replace: { ticket: '' } },
    { ...base, kind: 'requires-move' },
    { ...base, kind: 'requires-move', move: 'uses-name', channels: ['fax'] },
    { ...base, kind: 'metric', metric: 'wordz', max: 3 },
    { ...base, kind: 'metric', metric: 'words', max: -1 },
  ])('both reject %j', (def) => {
    expect(validRule(def)).toBe(false);
    expect(accepts(def)).toBe(false);
  });
});

describe('schema/config.schema.json', () => {
  const rules = builtinRules();
  const presets = ['replylint:recommended', 'replylint:strict', 'acme:recommended'];
  const accepts = (config: unknown) => {
    try {
      validateConfig(config, rules, presets);
      return true;
    } catch {
      return false;
    }
  };

  it('has exactly the keys the validator reads', () => {
    expect(Object.keys(configSchema.properties).sort()).toEqual([...CONFIG_KEYS].sort());
  });

  it.each([
    {},
    { extends: 'replylint:strict' },
    { extends: ['replylint:recommended', 'acme:recommended'], channel: 'chat', name: 'Dana' },
    { rules: { 'no-name': 'off', 'blames-customer': ['warning'] } },
    { plugins: ['replylint-plugin-acme', './local.js'], rulesDirs: ['./style'] },
    { plugins: './local.js', rulesDirs: 'style' },
    {
      formats: { '*.macro': 'zendesk' },
      templates: 'snippets/**',
      helpdesk: 'helpscout',
      collections: [{ files: 'kb/*.json', body: ['html'], channel: { field: 'medium' } }],
    },
    { allow: ['unfortunately'] },
    { allow: { '*': ['per our policy'], 'cites-policy': 'as per the warranty' } },
    {
      overrides: [
        { files: ['macros/social/**'], channel: 'social', rules: { 'no-name': 'off' } },
        { files: '*.chat.txt', excludedFiles: ['legacy/**'], allow: ['sorry'] },
      ],
    },
  ])('both accept %j', (config) => {
    expect(validConfig(config), ajv.errorsText(validConfig.errors)).toBe(true);
    expect(accepts(config)).toBe(true);
  });

  it.each([
    { colour: 'red' },
    { extends: 42 },
    { rules: { 'no-name': 'loud' } },
    { rules: { 'no-name': ['warning', {}, 3] } },
    { channel: 'fax' },
    { name: 3 },
    { plugins: [3] },
    { rulesDirs: [''] },
    { formats: { '*.x': 'rtf' } },
    { helpdesk: 'zendsk' },
    { collections: [{ files: 'a' }] },
    { collections: [{ files: 'a', body: 'b', boby: 'c' }] },
    { allow: ['!!!'] },
    { allow: 3 },
    { overrides: {} },
    { overrides: [{ channel: 'chat' }] },
    { overrides: [{ files: [] }] },
    { overrides: [{ files: ['a/**'], chanel: 'chat' }] },
    { overrides: [{ files: ['a/**'], template: true }] },
    { overrides: [{ files: ['a/**'], rules: { 'no-name': 'loud' } }] },
  ])('both reject %j', (config) => {
    expect(validConfig(config)).toBe(false);
    expect(accepts(config)).toBe(false);
  });
});
