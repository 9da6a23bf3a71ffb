import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolve as resolveImport } from 'import-meta-resolve';
import { loadNlp } from '../analysis/nlp.js';
import { asDefinition, RuleDefinitionError, readCommonMeta } from '../engine/kinds/definition.js';
import { kindOf } from '../engine/kinds/index.js';
import { checkPatternTags } from '../engine/kinds/pattern-tags.js';
import type { Rule, RuleContext, RuleReport } from '../engine/rule.js';
import { importModule } from '../util/import-module.js';
import type { Plugin, PluginPreset } from './types.js';

/** A plugin that cannot be used; the message names it. */
export class PluginError extends Error {}

export interface LoadedPlugin {
  /** As written in the config. */
  spec: string;
  namespace: string;
  /** Its rules, with namespaced ids. */
  rules: Rule[];
  /** Its presets by short name (`recommended`), not yet checked against the rules. */
  presets: Record<string, PluginPreset>;
}

const NAMESPACE = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Resolves a plugin from the config file's folder (a package name, or a path
 * starting with ./ ../ or /), imports it and checks its exports. Anything wrong
 * is a PluginError naming the plugin.
 */
export async function loadPlugin(spec: string, fromDir: string): Promise<LoadedPlugin> {
  const url = resolvePlugin(spec, fromDir);
  let module: Record<string, unknown>;
  try {
    module = await importModule(url);
  } catch (error) {
    throw new PluginError(`plugin "${spec}" failed to load: ${reasonOf(error)}`);
  }
  const plugin = pluginExports(module);
  if (!plugin) {
    throw new PluginError(
      `plugin "${spec}" exports no rules or presets (export { name, rules, presets }, or a default export holding them)`,
    );
  }
  const namespace = namespaceOf(spec, plugin);
  return {
    spec,
    namespace,
    rules: await pluginRules(spec, namespace, plugin),
    presets: pluginPresets(spec, plugin),
  };
}

function resolvePlugin(spec: string, fromDir: string): string {
  if (isPath(spec)) {
    const file = path.resolve(fromDir, spec);
    if (!existsSync(file)) throw new PluginError(`plugin "${spec}": no such file (${file})`);
    return pathToFileURL(file).href;
  }
  try {
    return resolveImport(spec, pathToFileURL(path.join(fromDir, 'replylint-config')).href);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND') {
      throw new PluginError(
        `cannot find plugin "${spec}" from ${fromDir} (install it there: npm install --save-dev ${spec})`,
      );
    }
    throw new PluginError(`cannot resolve plugin "${spec}": ${reasonOf(error)}`);
  }
}

function isPath(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || path.isAbsolute(spec);
}

/** `export default { rules }`, `module.exports = { rules }` or `export const rules = …`. */
function pluginExports(module: Record<string, unknown>): Plugin | undefined {
  const isPlugin = (value: unknown): value is Plugin =>
    typeof value === 'object' && value !== null && ('rules' in value || 'presets' in value);
  if (isPlugin(module.default)) return module.default;
  if (isPlugin(module)) return module as Plugin;
  return undefined;
}

/** The plugin's `name`, else its package name without `replylint-plugin-`, else its file name. */
export function namespaceOf(spec: string, plugin: Plugin): string {
  if (plugin.name !== undefined) {
    if (typeof plugin.name !== 'string' || !NAMESPACE.test(plugin.name)) {
      throw new PluginError(
        `plugin "${spec}": name must be lower-case letters, digits and dashes (got ${JSON.stringify(plugin.name)})`,
      );
    }
    if (plugin.name === 'replylint') {
      throw new PluginError(`plugin "${spec}": the name "replylint" is reserved`);
    }
    return plugin.name;
  }
  let base: string;
  if (isPath(spec)) {
    base = path.basename(spec).replace(/\.[cm]?[jt]s$/, '');
  } else {
    const [scope, name = ''] = spec.startsWith('@') ? spec.slice(1).split('/') : ['', spec];
    const short = name.replace(/^replylint-plugin-?/, '');
    base = scope ? [scope, short].filter(Boolean).join('-') : short;
  }
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug || slug === 'replylint') {
    throw new PluginError(`plugin "${spec}": give it a name (export const name = "…")`);
  }
  return slug;
}

async function pluginRules(spec: string, namespace: string, plugin: Plugin): Promise<Rule[]> {
  const value = plugin.rules ?? [];
  if (typeof value !== 'object' || value === null) {
    throw new PluginError(`plugin "${spec}": rules must be a list of rules, or rules by id`);
  }
  const entries: Array<[string, unknown, string | undefined]> = Array.isArray(value)
    ? value.map((rule, i) => [`rules[${i}]`, rule, undefined])
    : Object.entries(value).map(([id, rule]) => [`rules.${id}`, rule, id]);
  const rules: Rule[] = [];
  for (const [where, entry, key] of entries) {
    try {
      rules.push(await pluginRule(spec, namespace, entry, key));
    } catch (error) {
      if (!(error instanceof RuleDefinitionError)) throw error;
      const at = error.path.length ? `.${error.path.join('.')}` : '';
      throw new PluginError(`plugin "${spec}": ${where}${at}: ${error.message}`);
    }
  }
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id))
      throw new PluginError(`plugin "${spec}": rule "${rule.id}" is defined twice`);
    ids.add(rule.id);
  }
  return rules;
}

async function pluginRule(
  spec: string,
  namespace: string,
  entry: unknown,
  key: string | undefined,
): Promise<Rule> {
  const def = asDefinition(entry);
  if (key !== undefined && def.id === undefined) def.id = key;
  let rule: Rule;
  if (typeof def.check === 'function') {
    rule = { ...readCommonMeta(def), check: guardedCheck(entry as Rule) };
  } else if (def.kind !== undefined) {
    const kind = kindOf(def);
    rule = kind.build(def);
    if (kind.patternKeys?.length) checkPatternTags(def, kind, await loadNlp());
  } else {
    throw new RuleDefinitionError(
      'a rule needs a check(reply, context) function, or a kind (phrases, pattern, …)',
    );
  }
  if (key !== undefined && rule.id !== key && rule.id !== `${namespace}/${key}`) {
    throw new RuleDefinitionError(`id "${rule.id}" differs from its key "${key}"`, ['id']);
  }
  return { ...rule, id: namespaced(rule.id, namespace), source: `plugin ${spec}` };
}

function namespaced(id: string, namespace: string): string {
  const slash = id.indexOf('/');
  if (slash === -1) return `${namespace}/${id}`;
  if (id.slice(0, slash) === namespace) return id;
  throw new RuleDefinitionError(
    `id "${id}" is in another namespace than the plugin's ("${namespace}")`,
    ['id'],
  );
}

/**
 * The rule's own check, kept on its object (`this`), made safe for the run:
 * a rule must check synchronously and report real spans; anything else
 * becomes an internal-error finding for the draft instead of a crash.
 */
function guardedCheck(rule: Rule): Rule['check'] {
  return (reply, context) => {
    const guarded: RuleContext = {
      options: context.options,
      report(report: RuleReport) {
        const span = report?.span;
        if (
          !span ||
          !Number.isInteger(span.start) ||
          !Number.isInteger(span.end) ||
          span.start > span.end
        ) {
          throw new Error(`reported an invalid span ${JSON.stringify(span)}`);
        }
        context.report(report);
      },
    };
    const result: unknown = rule.check.call(rule, reply, guarded);
    if (typeof (result as PromiseLike<unknown> | undefined)?.then === 'function') {
      // Swallow its eventual rejection: an unhandled one would end the process.
      Promise.resolve(result).catch(() => {});
      throw new Error('check() returned a Promise: a rule must check synchronously');
    }
  };
}

function pluginPresets(spec: string, plugin: Plugin): Record<string, PluginPreset> {
  const value = plugin.presets ?? {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PluginError(`plugin "${spec}": presets must map preset names to { rules }`);
  }
  for (const [name, preset] of Object.entries(value)) {
    if (!NAMESPACE.test(name)) {
      throw new PluginError(
        `plugin "${spec}": preset name "${name}" must be lower-case letters, digits and dashes`,
      );
    }
    const rules = (preset as { rules?: unknown } | null)?.rules;
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
      throw new PluginError(
        `plugin "${spec}": preset "${name}" must be { rules: { id: severity } }`,
      );
    }
  }
  return value as Record<string, PluginPreset>;
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
