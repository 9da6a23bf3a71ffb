import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../src/analysis/nlp.js';
import type { Rule } from '../../src/engine/rule.js';
import { loadPlugin, namespaceOf, PluginError } from '../../src/plugins/load-plugin.js';
import { findingsOf } from '../../src/testing/examples.js';
import { tmpTree } from '../helpers/tmp.js';

beforeAll(async () => {
  await loadNlp();
});

describe('namespaceOf', () => {
  it.each([
    ['replylint-plugin-acme', {}, 'acme'],
    ['@acme/replylint-plugin', {}, 'acme'],
    ['@acme/replylint-plugin-tone', {}, 'acme-tone'],
    ['acme-rules', {}, 'acme-rules'],
    ['./rules/Local_Rules.mjs', {}, 'local-rules'],
    ['replylint-plugin-acme', { name: 'acme2' }, 'acme2'],
  ])('%s %j → %s', (spec, plugin, namespace) => {
    expect(namespaceOf(spec, plugin)).toBe(namespace);
  });

  it.each([
    [{ name: 'Acme Corp' }, /name must be lower-case/],
    [{ name: 'replylint' }, /reserved/],
  ])('rejects %j', (plugin, message) => {
    expect(() => namespaceOf('x', plugin)).toThrow(PluginError);
    expect(() => namespaceOf('x', plugin)).toThrow(message);
  });
});

function firstRule(plugin: { rules: Rule[] }): Rule {
  const [rule] = plugin.rules;
  if (!rule) throw new Error('no rule');
  return rule;
}

const rule = (check: string) => `
export const rules = [{ id: 'r', message: 'm', examples: { fires: [], passes: [] }, check: ${check} }];
`;

describe('loadPlugin', () => {
  it('takes named exports, namespaces ids, and says where a rule comes from', async () => {
    const dir = tmpTree({
      'package.json': '{ "type": "module" }',
      'p.js': rule('(reply, context) => context.report({ span: reply.words[0].span })'),
    });
    const plugin = await loadPlugin('./p.js', dir);
    expect(plugin.namespace).toBe('p');
    expect(plugin.rules.map((r) => [r.id, r.source, r.severity, r.weight, r.category])).toEqual([
      ['p/r', 'plugin ./p.js', 'warning', 8, 'custom'],
    ]);
    expect((await findingsOf(firstRule(plugin), 'Hello.')).map((f) => f.ruleId)).toEqual(['p/r']);
  });

  it.each([
    ['an async check', 'async () => { throw new Error("later"); }', /returned a Promise/],
    [
      'an invalid span',
      '(reply, context) => context.report({ span: { start: "a" } })',
      /invalid span/,
    ],
  ])('turns %s into an internal error for the draft', async (_what, check, message) => {
    const dir = tmpTree({ 'package.json': '{ "type": "module" }', 'p.js': rule(check) });
    const plugin = await loadPlugin('./p.js', dir);
    const [finding] = await findingsOf(firstRule(plugin), 'Hello.');
    expect(finding).toMatchObject({ internal: true, ruleId: 'p/r' });
    expect(finding?.message).toMatch(message);
  });

  it.each([
    [
      'rules by id whose key differs from the id',
      'export const rules = { a: { id: "b", kind: "phrases", message: "m", phrases: ["x"] } };',
      /rules\.a\.id: id "b" differs from its key "a"/,
    ],
    [
      'a rule in another namespace',
      'export const rules = [{ id: "other/x", kind: "phrases", message: "m", phrases: ["x"] }];',
      /another namespace/,
    ],
    [
      'a rule that is neither code nor data',
      'export const rules = [{ id: "x", message: "m" }];',
      /needs a check\(reply, context\) function, or a kind/,
    ],
    [
      'an unknown tag',
      'export const rules = [{ id: "x", kind: "pattern", message: "m", patterns: ["#Nown"] }];',
      /rules\[0\]\.patterns\.0: "patterns\[0\]": unknown tag "#Nown"/,
    ],
    [
      'a duplicate id',
      'export const rules = [{ id: "x", kind: "phrases", message: "m", phrases: ["x"] }, { id: "p/x", kind: "phrases", message: "m", phrases: ["y"] }];',
      /rule "p\/x" is defined twice/,
    ],
    ['a bad preset', 'export const presets = { all: ["x"] };', /preset "all" must be \{ rules/],
  ])('rejects %s, naming the plugin', async (_what, source, message) => {
    const dir = tmpTree({ 'package.json': '{ "type": "module" }', 'p.js': source });
    await expect(loadPlugin('./p.js', dir)).rejects.toThrow(PluginError);
    await expect(loadPlugin('./p.js', dir)).rejects.toThrow(message);
  });
});
