// The code that reads config files: cosmiconfig, which finds and loads them, and the YAML
// parser, which gives YAML and JSON configs their line and column errors. Loaded by
// config/load.ts only when a config file is searched for or read.
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cosmiconfig, type Loader } from 'cosmiconfig';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { displayPath } from '../util/display-path.js';
import { ConfigError } from '../util/errors.js';
import { importModule } from '../util/import-module.js';
import { YamlSyntaxError, yamlToJS } from '../util/yaml-source.js';
import { firstLine, MODULE_NAME, SEARCH_PLACES } from './load.js';

/** YAML is a superset of JSON: one parser gives both formats line and column errors. */
const dataLoader: Loader = (filepath, content) => {
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { customTags: [], lineCounter, prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    const shown = displayPath(filepath);
    throw new ConfigError(withoutPosition(error.message), shown, pos?.line, pos?.col);
  }
  try {
    return yamlToJS(doc, lineCounter);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    const { line, column } = error.position ?? {};
    throw new ConfigError(error.message, displayPath(filepath), line, column);
  }
};

/** JavaScript configs export the config (default export, or module.exports). */
const moduleLoader: Loader = async (filepath) => {
  const module = await importModule(pathToFileURL(await realpath(filepath)).href);
  return module.default;
};

export function explorer() {
  return cosmiconfig(MODULE_NAME, {
    searchPlaces: SEARCH_PLACES,
    searchStrategy: 'none',
    cache: true,
    loaders: {
      // For package.json, cosmiconfig itself picks the "replylint" key out of the result.
      '.json': dataLoader,
      '.yaml': dataLoader,
      '.yml': dataLoader,
      noExt: dataLoader,
      // cosmiconfig's own JS loader calls import() itself, which the startup snapshot cannot.
      '.js': moduleLoader,
      '.mjs': moduleLoader,
      '.cjs': moduleLoader,
    },
  });
}

/** Line and column of a key in a YAML or JSON config file (see load.ts). */
export async function locateKey(
  filepath: string,
  keyPath: ReadonlyArray<string | number>,
): Promise<{ line: number; column: number } | undefined> {
  if (!/\.(json|ya?ml)$|rc$/.test(filepath)) return undefined;
  try {
    const content = await readFile(filepath, 'utf8');
    const lineCounter = new LineCounter();
    const doc = parseDocument(content, { lineCounter, customTags: [] });
    const fullPath =
      path.basename(filepath) === 'package.json' ? [MODULE_NAME, ...keyPath] : [...keyPath];
    // Point at the key itself when the last step names one, else at the value.
    const parentPath = fullPath.slice(0, -1);
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    const last = fullPath[fullPath.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === last);
      const range = (pair?.key as { range?: [number, number, number] } | null)?.range;
      if (range) return toPos(lineCounter.linePos(range[0]));
    }
    const node = doc.getIn(fullPath, true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return toPos(lineCounter.linePos(node.range[0]));
  } catch {
    // A position is a courtesy; the message names the key anyway.
  }
  return undefined;
}

function toPos(pos: { line: number; col: number }): { line: number; column: number } {
  return { line: pos.line, column: pos.col };
}

/** yaml's first line ends with " at line 3, column 1:", which the file:line:column prefix already says. */
function withoutPosition(message: string): string {
  return firstLine(message).replace(/ at line \d+, column \d+:?$/, '');
}
