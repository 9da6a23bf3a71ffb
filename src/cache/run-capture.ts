import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { SEARCH_PLACES } from '../config/load.js';
import { IGNORE_FILE, NEVER_SEARCHED } from '../files/expand.js';
import { folderListing, pathState, type RunInputs } from './run-inputs.js';

/**
 * Where cosmiconfig looks, in the working directory, for options of its own (its
 * `metaSearchPlaces`; test/cache/run-capture.test.ts holds this list to cosmiconfig's).
 */
export const COSMICONFIG_META_PLACES = [
  'package.json',
  'package.yaml',
  '.config/config.json',
  '.config/config.yaml',
  '.config/config.yml',
  '.config/config.js',
  '.config/config.ts',
  '.config/config.cjs',
  '.config/config.mjs',
];

export interface RunRequest {
  cwd: string;
  /** The paths on the command line. */
  patterns: readonly string[];
  /** --no-config (false), --config FILE, or a search for config files (true). */
  config: boolean | string;
  /** --context FILE */
  contextFile?: string;
}

/**
 * Takes the state of everything a lint run with these paths and options will read,
 * before it reads any of it: the files named, every folder searched with its names and
 * files, the ignore file, the context file, and every place a config file is or could
 * appear. A change during the run then shows as a change next time. Undefined when the
 * run cannot be replayed: standard input, a glob (which folders it would search is
 * tinyglobby's business), or a file changed within the last two seconds.
 */
export function captureInputs(request: RunRequest, now = Date.now()): RunInputs | undefined {
  const { cwd } = request;
  const inputs: RunInputs = { paths: [], states: [], folders: {} };
  const noted = new Set<string>();
  let trusted = true;
  const note = (file: string) => {
    if (noted.has(file)) return;
    noted.add(file);
    const state = pathState(file, now);
    if (state === undefined) {
      trusted = false;
      return;
    }
    inputs.paths.push(file);
    inputs.states.push(state);
  };
  const draftFolders = new Set<string>();
  const search = (folder: string): boolean => {
    const listing = folderListing(folder);
    if (listing === undefined) return false;
    inputs.folders[folder] = listing;
    draftFolders.add(folder);
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || NEVER_SEARCHED.includes(entry.name)) continue;
      const file = path.join(folder, entry.name);
      // Symbolic links are not followed into folders; a linked file is noted through its link.
      if (entry.isDirectory()) {
        if (!search(file)) return false;
      } else {
        note(file);
      }
    }
    return true;
  };

  for (const pattern of request.patterns) {
    if (pattern === '-' || isDynamicPattern(pattern)) return undefined;
    const file = path.resolve(cwd, pattern);
    let isFolder: boolean;
    try {
      isFolder = statSync(file, { throwIfNoEntry: false })?.isDirectory() === true;
    } catch {
      return undefined;
    }
    if (isFolder) {
      if (!search(file)) return undefined;
    } else {
      note(file);
      draftFolders.add(path.dirname(file));
    }
  }
  note(path.join(cwd, IGNORE_FILE));
  if (request.contextFile !== undefined) note(path.resolve(cwd, request.contextFile));
  if (request.config !== false) {
    for (const place of COSMICONFIG_META_PLACES) note(path.join(cwd, place));
    if (typeof request.config === 'string') {
      note(path.resolve(cwd, request.config));
    } else {
      // Every place a config file could be found, up to the root: further than the search
      // goes (it stops at the project root), which only costs a few stat calls.
      const searched = new Set<string>();
      for (let folder of draftFolders) {
        while (!searched.has(folder)) {
          searched.add(folder);
          for (const place of [...SEARCH_PLACES, '.git']) note(path.join(folder, place));
          const parent = path.dirname(folder);
          if (parent === folder) break;
          folder = parent;
        }
      }
    }
  }
  return trusted ? inputs : undefined;
}
