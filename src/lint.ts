import { readFile } from 'node:fs/promises';
import pkg from '../package.json' with { type: 'json' };
import { cacheFilePath, LintCache } from './cache/cache.js';
import { buildFingerprint, ruleFingerprint, sha256 } from './cache/fingerprint.js';
import { ConfigResolver, type EffectiveConfig } from './config/resolve.js';
import { type DraftLintOptions, lintDraft } from './engine/lint-draft.js';
import { expandPatterns } from './files/expand.js';
import { fixFile } from './fix/fix-file.js';
import { DecodeError, decode } from './sources/decode.js';
import {
  type DraftDefaults,
  draftsFromBytes,
  draftsFromText,
  NothingToLint,
  readInput,
  SourceError,
} from './sources/index.js';
import { type SourceSettings, sourceSettingsFor } from './sources/settings.js';
import type {
  Channel,
  Draft,
  FileError,
  FileFix,
  LintReport,
  Result,
  SeverityOrOff,
} from './types.js';
import { ReplylintError, UsageError } from './util/errors.js';
import { readErrorMessage } from './util/fs-errors.js';

export { readErrorMessage };

export interface LintOptions {
  /** Files, directories and globs to lint; '-' reads standard input. */
  files: string[];
  /** More files to leave out (gitignore syntax, relative to cwd), like --ignore-pattern. */
  ignorePatterns?: string[];
  /** Read .replylintignore in cwd (default true). */
  useIgnoreFile?: boolean;
  /** A path or glob that finds no lintable file is an error (default true). */
  errorOnUnmatchedPattern?: boolean;
  /** The path standard input stands for: its config, overrides, format and report name. */
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
  /** Report suppression directives that suppressed nothing. */
  reportUnusedDisable?: boolean;
  /** Apply the fixes of fixable rules: true rewrites files, 'dry-run' only reports diffs. */
  fix?: boolean | 'dry-run';
  /** Reuse the findings of unchanged files: true for `.replylintcache` in cwd, or a path. */
  cache?: boolean | string;
  /** Receives notes that are not findings (e.g. a cache that could not be saved). */
  warn?: (message: string) => void;
}

/** Lints files (and/or stdin) and returns results in path order, then draft order. */
export async function lint(options: LintOptions): Promise<LintReport> {
  const cwd = options.cwd ?? process.cwd();
  if (options.fix === true && options.files.includes('-')) {
    throw new UsageError('--fix cannot rewrite standard input; use --fix-dry-run to see the diff');
  }
  const resolver = configResolver(options, cwd);
  const context =
    options.context ?? (options.contextFile ? await readContext(options.contextFile) : undefined);
  // Standard input takes the name --stdin-filename gives it, for config, format and report.
  const nameOf = (file: string) =>
    file === '-' && options.stdinFilename ? options.stdinFilename : file;
  const results: Result[] = [];
  const errors: FileError[] = [];
  const fixes: FileFix[] = [];
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
  for (const { file } of expansion.targets) configs.push(await resolver.forFile(nameOf(file)));
  const cache = options.cache
    ? await LintCache.open(
        cacheFilePath(typeof options.cache === 'string' ? options.cache : undefined, cwd),
        `${pkg.version}:${buildFingerprint()}`,
      )
    : undefined;
  const rulesKeys = new WeakMap<EffectiveConfig, string>();
  const skipped = [...expansion.skipped];
  const unmatched = new Map(expansion.unmatched.map((u) => [u.pattern, u.message]));
  const linted = new Set<string>();
  for (const [i, { file, pattern }] of expansion.targets.entries()) {
    const name = nameOf(file);
    const config = configs[i] as EffectiveConfig;
    const source = sourceSettingsFor(name, config.sources);
    const defaults = draftDefaults(config, source, context);
    const settings = draftSettings(config, options);
    let bytes: Uint8Array;
    try {
      bytes = await readInput(file);
    } catch (error) {
      linted.add(pattern);
      errors.push(fileError(name, error));
      continue;
    }
    const cacheKey =
      cache && file !== '-'
        ? {
            content: sha256(bytes),
            config: sha256(
              JSON.stringify([
                memo(rulesKeys, config, () => rulesKey(config, settings)),
                source.format?.name,
                defaults,
              ]),
            ),
          }
        : undefined;
    const cached = cacheKey && cache?.get(file, cacheKey.content, cacheKey.config);
    if (cached && !(options.fix && cached.some((r) => r.findings.some((f) => f.fix)))) {
      linted.add(pattern);
      results.push(...withSource(cached, bytes));
      continue;
    }
    let drafts: Draft[];
    try {
      drafts = draftsFromBytes(name, bytes, defaults, source.format);
    } catch (error) {
      if (error instanceof ReplylintError) throw error;
      if (error instanceof DecodeError && /binary/.test(error.message)) {
        skipped.push({ file: name, reason: error.message });
      } else if (error instanceof NothingToLint) {
        skipped.push({ file: name, reason: error.message });
      } else {
        linted.add(pattern);
        errors.push(fileError(name, error));
      }
      continue;
    }
    linted.add(pattern);
    const lintAll = async (list: Draft[]) => {
      const out: Result[] = [];
      for (const draft of list) out.push(await lintDraft(draft, config.rules, settings));
      return out;
    };
    let fileResults = await lintAll(drafts);
    // What the cached findings describe: the bytes now on disk.
    let cachedContent = cacheKey?.content;
    if (options.fix) {
      const fixed = await fixFile({
        file: name,
        bytes,
        drafts,
        results: fileResults,
        extract: (text) => draftsFromText(name, text, defaults, source.format),
        lint: lintAll,
        mode: options.fix,
      });
      if (fixed.error) errors.push(fixed.error);
      if (fixed.fix) fixes.push(fixed.fix);
      fileResults = fixed.results;
      if (fixed.written) cachedContent = sha256(fixed.written);
      else if (fixed.fix?.applied.length) cachedContent = undefined; // a dry run's virtual text
    }
    if (cache && cacheKey && cachedContent) {
      cache.set(file, cachedContent, cacheKey.config, fileResults);
    }
    results.push(...fileResults);
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
  if (cache) {
    await cache.save().catch((error: Error) => {
      options.warn?.(`could not save the cache ${cache.location}: ${readErrorMessage(error)}`);
    });
  }
  const rules = new Map(configs.flatMap((c) => c.rules.map((r) => [r.rule.id, r.rule] as const)));
  return {
    results,
    errors,
    ...(skipped.length && { skipped }),
    rules: [...rules.values()],
    ...(options.fix && { fixes }),
  };
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

/** Cached results, given back their source text (decoded only if a formatter shows lines). */
function withSource(cached: ReadonlyArray<Omit<Result, 'source'>>, bytes: Uint8Array): Result[] {
  let source: string | undefined;
  return cached.map((r) =>
    Object.defineProperty({ ...r }, 'source', {
      enumerable: true,
      get: () => {
        source ??= decode(bytes).text;
        return source;
      },
    }),
  );
}

function memo<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** What decides a config's findings besides the file: its rules (with their definitions) and flags. */
function rulesKey(config: EffectiveConfig, settings: DraftLintOptions): string {
  return sha256(
    JSON.stringify({
      rules: config.rules.map((r) => [r.rule.id, r.severity, r.options, ruleFingerprint(r.rule)]),
      allow: settings.allow,
      reportUnusedDisable: settings.reportUnusedDisable ?? false,
      knownRules: settings.knownRules,
    }),
  );
}

function draftSettings(
  config: EffectiveConfig,
  options: Pick<LintOptions, 'reportUnusedDisable'>,
): DraftLintOptions {
  return {
    allow: config.allow,
    knownRules: config.registry.ids,
    ...(options.reportUnusedDisable && { reportUnusedDisable: true }),
  };
}

function draftDefaults(
  config: EffectiveConfig,
  source: SourceSettings,
  context: string | undefined,
): DraftDefaults {
  return {
    channel: config.channel,
    kind: source.template ? 'template' : 'reply',
    ...(context !== undefined && { context }),
    ...(config.name !== undefined && { name: config.name }),
    ...(source.helpdesk && { helpdesk: source.helpdesk }),
    ...(source.mapping && { mapping: source.mapping }),
  };
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
  const source = sourceSettingsFor(file, config.sources);
  const drafts = draftsFromText(
    file,
    text,
    draftDefaults(config, source, options.context),
    source.format,
  );
  const settings = draftSettings(config, options);
  const results: Result[] = [];
  for (const draft of drafts) results.push(await lintDraft(draft, config.rules, settings));
  return results;
}

/** The config that applies to a file (`--print-config`). */
export async function configFor(
  file: string,
  options: Omit<LintOptions, 'files'> = {},
): Promise<EffectiveConfig> {
  return configResolver(options, options.cwd ?? process.cwd()).forFile(file);
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
