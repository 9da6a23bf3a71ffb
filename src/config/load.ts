import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../util/errors.js';

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

// The code that reads config files (cosmiconfig, the YAML parser, config/readers.ts) is
// imported when a config file is searched for or read: a --no-config run loads none of it.
type Explorer = ReturnType<typeof import('./readers.js')['explorer']>;

/**
 * Finds the config that applies to a file: the nearest one in the file's
 * directory or above, stopping at the project root (the nearest directory
 * with .git or package.json), like ESLint. Results are cached per directory.
 */
export class ConfigFinder {
  // Made on first use: cosmiconfig reads package.json files for its own meta-config
  // when it is made, which a --no-config run should not pay for.
  private explorerMade: Promise<Explorer> | undefined;
  private explorer(): Promise<Explorer> {
    this.explorerMade ??= import('./readers.js').then((r) => r.explorer());
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
    const result = await wrapLoad(async () => (await this.explorer()).search(dir));
    if (result && !result.isEmpty) return { config: result.config, filepath: result.filepath };
    const parent = path.dirname(dir);
    if (isProjectRoot(dir) || parent === dir) return null;
    return this.forDir(parent);
  }

  /** An explicit --config file. */
  async load(file: string): Promise<LoadedConfig> {
    const filepath = path.resolve(file);
    if (!existsSync(filepath)) throw new ConfigError('config file not found', file);
    const result = await wrapLoad(async () => (await this.explorer()).load(filepath));
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
  return (await import('./readers.js')).locateKey(filepath, keyPath);
}

export function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
