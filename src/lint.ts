import { readFile } from 'node:fs/promises';
import { ConfigResolver, type EffectiveConfig } from './config/resolve.js';
import { lintDraft } from './engine/lint-draft.js';
import { decode } from './sources/decode.js';
import { draftsFromText, readDrafts } from './sources/index.js';
import type { Channel, FileError, LintReport, Result, SeverityOrOff } from './types.js';
import { ReplylintError, UsageError } from './util/errors.js';

export interface LintOptions {
  /** Files to lint; '-' reads standard input. */
  files: string[];
  cwd?: string;
  /** A config file to use instead of searching for one. */
  config?: string;
  /** Search for config files (default true). */
  useConfigFiles?: boolean;
  /** Rule severities that win over config, e.g. { 'no-name': 'off' }. */
  rules?: Record<string, SeverityOrOff>;
  channel?: Channel;
  /** The customer's name. */
  name?: string;
  /** Path of a file holding the customer's message. */
  contextFile?: string;
  /** The customer's message itself (wins over contextFile). */
  context?: string;
}

/** Lints files (and/or stdin) and returns results in path order, then draft order. */
export async function lint(options: LintOptions): Promise<LintReport> {
  const cwd = options.cwd ?? process.cwd();
  const resolver = configResolver(options, cwd);
  const context =
    options.context ?? (options.contextFile ? await readContext(options.contextFile) : undefined);
  // Every file's config (with its rule folders and plugins) is resolved before
  // any draft is linted: a configuration error stops the run before it starts.
  const configs: EffectiveConfig[] = [];
  for (const file of options.files) configs.push(await resolver.forFile(file));
  const results: Result[] = [];
  const errors: FileError[] = [];
  for (const [i, file] of options.files.entries()) {
    const config = configs[i] as EffectiveConfig;
    let drafts: Awaited<ReturnType<typeof readDrafts>>;
    try {
      drafts = await readDrafts(file, {
        channel: config.channel,
        kind: 'reply',
        ...(context !== undefined && { context }),
        ...(config.name !== undefined && { name: config.name }),
      });
    } catch (error) {
      if (error instanceof ReplylintError) throw error;
      errors.push({ file, message: readErrorMessage(error) });
      continue;
    }
    for (const draft of drafts) results.push(await lintDraft(draft, config.rules));
  }
  return { results, errors };
}

/** Lints one draft given as text (e.g. from an editor integration). */
export async function lintText(
  text: string,
  options: Omit<LintOptions, 'files'> & { file?: string } = {},
): Promise<Result[]> {
  const cwd = options.cwd ?? process.cwd();
  const file = options.file ?? '-';
  const resolver = configResolver(options, cwd);
  const config = await resolver.forFile(file);
  const drafts = draftsFromText(file, text, {
    channel: config.channel,
    kind: 'reply',
    ...(options.context !== undefined && { context: options.context }),
    ...(config.name !== undefined && { name: config.name }),
  });
  const results: Result[] = [];
  for (const draft of drafts) results.push(await lintDraft(draft, config.rules));
  return results;
}

/** Resolves each file's config: its rules, presets, rule folders and plugins. */
export function configResolver(options: Omit<LintOptions, 'files'>, cwd: string): ConfigResolver {
  return new ConfigResolver({
    cwd,
    ...(options.config !== undefined && { configFile: options.config }),
    useConfigFiles: options.useConfigFiles ?? true,
    ruleOverrides: options.rules ?? {},
    ...(options.channel !== undefined && { channel: options.channel }),
    ...(options.name !== undefined && { name: options.name }),
  });
}

async function readContext(file: string): Promise<string> {
  try {
    return decode(await readFile(file)).text;
  } catch (error) {
    throw new UsageError(`--context ${file}: ${readErrorMessage(error)}`);
  }
}

/** One line saying why a file could not be read. */
export function readErrorMessage(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links (a symlink loop?)';
    default:
      return e.message?.split('\n')[0] ?? String(error);
  }
}
