import { existsSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cosmiconfig, type Loader } from 'cosmiconfig';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { displayPath } from '../util/display-path.js';
import { ConfigError } from '../util/errors.js';
import { importModule } from '../util/import-module.js';
import { YamlSyntaxError, yamlToJS } from '../util/yaml-source.js';

export const MODULE_NAME = 'replylint';

export const SEARCH_PLACES = [
  'package.json',
  '.replylintrc',
  '.replylintrc.json',
  '.replylintrc.yaml',
  '.replylintrc.yml',
  '.replylintrc.js',
  '.replylintrc.mjs',
  '.replylintrc.cjs',
  'replylint.config.js',
  'replylint.config.mjs',
  'replylint.config.cjs',
];

export interface LoadedConfig {
  /** The parsed config object (not yet validated). */
  config: unknown;
  filepath: string;
}

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

function explorer() {
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

type Explorer = ReturnType<typeof explorer>;

/**
 * Finds the config that applies to a file: the nearest one in the file's
 * directory or above, stopping at the project root (the nearest directory
 * with .git or package.json), like ESLint. Results are cached per directory.
 */
export class ConfigFinder {
  // Made on first use: cosmiconfig reads package.json files for its own meta-config
  // when it is made, which a --no-config run should not pay for.
  private explorerMade: Explorer | undefined;
  private get explorer(): Explorer {
    this.explorerMade ??= explorer();
    return this.explorerMade;
  }
  private readonly byDir = new Map<string, Promise<LoadedConfig | null>>();

  forFile(file: string, cwd: string): Promise<LoadedConfig | null> {
    const dir = file === '-' ? cwd : path.dirname(path.resolve(cwd, file));
    return this.forDir(dir);
  }

  private forDir(dir: string): Promise<LoadedConfig | null> {
    let found = this.byDir.get(dir);
    if (!found) {
      found = this.search(dir);
      this.byDir.set(dir, found);
    }
    return found;
  }

  private async search(dir: string): Promise<LoadedConfig | null> {
    const result = await wrapLoad(() => this.explorer.search(dir));
    if (result && !result.isEmpty) return { config: result.config, filepath: result.filepath };
    const parent = path.dirname(dir);
    if (isProjectRoot(dir) || parent === dir) return null;
    return this.forDir(parent);
  }

  /** An explicit --config file. */
  async load(file: string): Promise<LoadedConfig> {
    const filepath = path.resolve(file);
    if (!existsSync(filepath)) throw new ConfigError('config file not found', file);
    const result = await wrapLoad(() => this.explorer.load(filepath));
    return { config: result?.config ?? {}, filepath };
  }
}

function isProjectRoot(dir: string): boolean {
  return existsSync(path.join(dir, '.git')) || existsSync(path.join(dir, 'package.json'));
}

async function wrapLoad<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const e = error as NodeJS.ErrnoException & { filepath?: string };
    throw new ConfigError(`cannot load config: ${firstLine(e.message)}`, e.filepath);
  }
}

/** Line and column of a key in a YAML or JSON config file, for error messages. */
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

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** yaml's first line ends with " at line 3, column 1:", which the file:line:column prefix already says. */
function withoutPosition(message: string): string {
  return firstLine(message).replace(/ at line \d+, column \d+:?$/, '');
}
