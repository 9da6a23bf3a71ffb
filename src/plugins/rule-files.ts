import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadNlp } from '../analysis/nlp.js';
import { asDefinition, RuleDefinitionError } from '../engine/kinds/definition.js';
import { kindOf } from '../engine/kinds/index.js';
import { checkPatternTags } from '../engine/kinds/pattern-tags.js';
import type { Rule } from '../engine/rule.js';
import { displayPath } from '../util/display-path.js';
import { ConfigError } from '../util/errors.js';
import {
  commentTraps,
  parseYamlSource,
  positionOf,
  YamlSyntaxError,
  yamlToJS,
} from '../util/yaml-source.js';

/** Rule files are YAML: `*.yaml` or `*.yml`. */
export const RULE_FILE = /\.ya?ml$/i;

/** The rule files of a folder (not its subfolders), in name order. */
export async function listRuleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && RULE_FILE.test(e.name))
    .map((e) => path.join(dir, e.name))
    .sort();
}

/**
 * Reads and checks one YAML rule file. Anything wrong — YAML syntax, a key the
 * schema does not have, a pattern YAML cut at " #Tag", an unknown compromise
 * tag, a regular expression RE2 cannot run — is a ConfigError naming the file,
 * line and column.
 */
export async function readRuleFile(file: string): Promise<Rule> {
  const shown = displayPath(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read rule file: ${(error as Error).message}`, shown);
  }
  let source: ReturnType<typeof parseYamlSource>;
  try {
    source = parseYamlSource(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    throw new ConfigError(error.message, shown, error.position?.line, error.position?.column);
  }
  const located = (error: unknown): never => {
    if (error instanceof YamlSyntaxError) {
      throw new ConfigError(error.message, shown, error.position?.line, error.position?.column);
    }
    if (!(error instanceof RuleDefinitionError)) throw error;
    const pos = positionOf(source, error.path);
    throw new ConfigError(error.message, shown, pos?.line, pos?.column);
  };
  try {
    const value: unknown = yamlToJS(source.doc, source.lineCounter);
    if (value === null || value === undefined) {
      throw new RuleDefinitionError('the file is empty: a rule needs id, kind and message');
    }
    const def = asDefinition(value);
    const kind = kindOf(def);
    const [trap] = commentTraps(source, [...kind.required, ...kind.optional]);
    if (trap) {
      throw new ConfigError(
        `"${trap.comment}" after a space starts a YAML comment, so this entry is read as "${trap.value}": quote it ("${trap.value} ${trap.comment}")`,
        shown,
        trap.position.line,
        trap.position.column,
      );
    }
    const rule = kind.build(def);
    if (kind.patternKeys?.length) checkPatternTags(def, kind, await loadNlp());
    return { ...rule, source: shown };
  } catch (error) {
    return located(error);
  }
}
