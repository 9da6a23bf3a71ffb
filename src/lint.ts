import { readFile } from 'node:fs/promises';
import { ConfigResolver, type EffectiveConfig } from './config/resolve.js';
import { lintDraft } from './engine/lint-draft.js';
import { expandPatterns } from './files/expand.js';
import { DecodeError, decode } from './sources/decode.js';
import {
  type DraftDefaults,
  draftsFromText,
  NothingToLint,
  readDrafts,
  SourceError,
} from './sources/index.js';
import { sourceSettingsFor } from './sources/settings.js';
import type { Channel, Draft, FileError, LintReport, Result, SeverityOrOff } from './types.js';
import { ReplylintError, UsageError } from './util/errors.js';

export interface LintOptions {
  /** Files, directories and globs to lint; '-' reads standard input. */
  files: string[];
  /** More files to leave out (gitignore syntax, relative to cwd), like --ignore-pattern. */
  ignorePatterns?: string[];
  /** Read .replylintignore in cwd (default true). */
  useIgnoreFile?: boolean;
  /** A path or glob that finds no lintable file is an error (default true). */
  errorOnUnmatchedPattern?: boolean;
  /** The path to pick a format by when reading stdin ('-'). */
  stdinFilename?: string;
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
  const results: Result[] = [];
  const errors: FileError[] = [];
  const expansion = await expandPatterns(options.files, {
    cwd,
    ...(options.ignorePatterns && { ignorePatterns: options.ignorePatterns }),
    useIgnoreFile: options.useIgnoreFile ?? true,
    isLintable: async (file) => {
      const config = await resolver.forFile(file);
      return sourceSettingsFor(file, config.sources).format !== undefined;
    },
  });
  // Every file's config (with its rule folders and plugins) is resolved before
  // any draft is linted: a configuration error stops the run before it starts.
  const configs: EffectiveConfig[] = [];
  for (const { file } of expansion.targets) configs.push(await resolver.forFile(file));
  const skipped = [...expansion.skipped];
  const unmatched = new Map(expansion.unmatched.map((u) => [u.pattern, u.message]));
  const linted = new Set<string>();
  for (const [i, { file, pattern }] of expansion.targets.entries()) {
    const config = configs[i] as EffectiveConfig;
    let drafts: Draft[];
    try {
      drafts = await readFileDrafts(file, config, context, options.stdinFilename);
    } catch (error) {
      if (error instanceof ReplylintError) throw error;
      if (error instanceof DecodeError && /binary/.test(error.message)) {
        skipped.push({ file, reason: error.message });
      } else if (error instanceof NothingToLint) {
        skipped.push({ file, reason: error.message });
      } else {
        linted.add(pattern);
        errors.push(fileError(file, error));
      }
      continue;
    }
    linted.add(pattern);
    for (const draft of drafts) results.push(await lintDraft(draft, config.rules));
  }
  for (const { pattern } of expansion.targets) {
    if (!linted.has(pattern) && !unmatched.has(pattern))
      unmatched.set(pattern, 'no lintable file (see the notes above)');
  }
  if (options.errorOnUnmatchedPattern ?? true) {
    for (const [pattern, message] of unmatched) errors.push({ file: pattern, message });
  } else {
    for (const [pattern, message] of unmatched) skipped.push({ file: pattern, reason: message });
  }
  return { results, errors, ...(skipped.length && { skipped }) };
}

async function readFileDrafts(
  file: string,
  config: EffectiveConfig,
  context: string | undefined,
  stdinFilename: string | undefined,
): Promise<Draft[]> {
  const settings = sourceSettingsFor(
    file === '-' && stdinFilename ? stdinFilename : file,
    config.sources,
  );
  const defaults: DraftDefaults = {
    channel: config.channel,
    kind: settings.template ? 'template' : 'reply',
    ...(context !== undefined && { context }),
    ...(config.name !== undefined && { name: config.name }),
    ...(settings.helpdesk && { helpdesk: settings.helpdesk }),
    ...(settings.mapping && { mapping: settings.mapping }),
  };
  return readDrafts(file, defaults, settings.format);
}

function fileError(file: string, error: unknown): FileError {
  if (error instanceof SourceError) {
    return {
      file,
      message: error.message,
      ...(error.line !== undefined && { line: error.line }),
      ...(error.column !== undefined && { column: error.column }),
    };
  }
  return { file, message: readErrorMessage(error) };
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
