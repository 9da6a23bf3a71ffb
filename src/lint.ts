import { readFileSync, type Stats, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { LintCache } from './cache/cache.js';
import { ruleFingerprint, sha256 } from './cache/fingerprint.js';
import { cacheFilePath } from './cache/location.js';
import { statSignature } from './cache/signature.js';
import { type ConfigOptions, ConfigResolver, type EffectiveConfig } from './config/resolve.js';
import { type DraftLintOptions, lintDraft } from './engine/lint-draft.js';
import {
  draftDefaults,
  draftSettings,
  type FileLintSettings,
  type FileOutcome,
  fileError,
} from './file-settings.js';
import { expandPatterns, type Target } from './files/expand.js';
import { decode } from './sources/decode.js';
import { readInput } from './sources/read-input.js';
import { sourceSettingsFor } from './sources/settings.js';
import type { Channel, FileError, FileFix, LintReport, Result, SeverityOrOff } from './types.js';
import { UsageError } from './util/errors.js';
import { readErrorMessage } from './util/fs-errors.js';
import type { WorkerSetup } from './workers/protocol.js';
import { filesForWorkers } from './workers/threshold.js';

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
  /**
   * Reuse the findings of unchanged files: true for `.replylintcache` in cwd, or a path
   * (saved when the run ends), or an open LintCache (which the caller saves).
   */
  cache?: boolean | string | LintCache;
  /** Receives notes that are not findings (e.g. a cache that could not be saved). */
  warn?: (message: string) => void;
  /** Worker threads: 'auto' (one per core above filesForWorkers() files, else none) or a number; 1 is the main thread. */
  concurrency?: number | 'auto';
  /** Milliseconds one draft may take before it is stopped and its file reported (default 10000; 0: no limit). */
  timeout?: number;
  /**
   * Receives each file's results as soon as they are known, in path order (for
   * streaming output); the report's results then come without their source text.
   */
  onResults?: (results: readonly Result[]) => void;
  /** Receives the config of every file once all are resolved, before any is linted. */
  onConfigs?: (configs: readonly EffectiveConfig[]) => void;
}

/** Lints files (and/or stdin) and returns results in path order, then draft order. */
export async function lint(options: LintOptions): Promise<LintReport> {
  const cwd = options.cwd ?? process.cwd();
  if (options.fix === true && options.files.includes('-')) {
    throw new UsageError('--fix cannot rewrite standard input; use --fix-dry-run to see the diff');
  }
  const budget = options.timeout ?? DEFAULT_TIMEOUT;
  const resolver = configResolver(options, cwd);
  const context =
    options.context ?? (options.contextFile ? await readContext(options.contextFile) : undefined);
  const settings: FileLintSettings = {
    cwd,
    ...(context !== undefined && { context }),
    ...(options.reportUnusedDisable && { reportUnusedDisable: true }),
    ...(options.fix && { fix: options.fix }),
  };
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
  const targets = expansion.targets;
  const workers = workerCount(options.concurrency ?? 'auto', targets.length);
  // Loaded only for worker runs: node:worker_threads must not be loaded while the startup
  // snapshot is built (src/snapshot/entry.ts), and a small run does not need it.
  const pool =
    workers > 0
      ? new (await import('./workers/pool.js')).LintPool(
          workerSetup(options, cwd, settings),
          workers,
          budget,
        )
      : undefined;
  // Started now, the workers load compromise while this thread resolves configs. With a
  // cache, only when a file misses it (a run answered from the cache should not load
  // compromise at all), one at a time as such files queue up.
  if (!options.cache) pool?.warm();
  try {
    // Every file's config (with its rule folders and plugins) is resolved before
    // any draft is linted: a configuration error stops the run before it starts.
    const configs: EffectiveConfig[] = [];
    for (const { file } of targets) configs.push(await resolver.forFile(nameOf(file)));
    options.onConfigs?.(configs);
    const cache =
      options.cache instanceof LintCache
        ? options.cache
        : options.cache
          ? await LintCache.open(
              cacheFilePath(typeof options.cache === 'string' ? options.cache : undefined, cwd),
            )
          : undefined;
    const rulesKeys = new WeakMap<EffectiveConfig, string>();
    const skipped = [...expansion.skipped];
    const unmatched = new Map(expansion.unmatched.map((u) => [u.pattern, u.message]));
    const linted = new Set<string>();

    // Most files share a few keys: each is hashed once, not once per file.
    const hashedKeys = new Map<string, string>();
    /** What decides a file's findings besides its bytes: config, rules, format, defaults. */
    const configKeyOf = (name: string, config: EffectiveConfig) => {
      const source = sourceSettingsFor(name, config.sources);
      const key = JSON.stringify([
        memo(rulesKeys, config, () => rulesKey(config, draftSettings(config, settings))),
        source.format?.name,
        draftDefaults(config, source, context),
      ]);
      return memo(hashedKeys, key, () => sha256(key));
    };
    /** Reads one file and answers from the cache, or lints it (in a worker if there are any). */
    const lintTarget = async (i: number): Promise<FileOutcome> => {
      const { file, stats } = targets[i] as Target;
      const name = nameOf(file);
      const config = configs[i] as EffectiveConfig;
      const location = file === '-' ? file : path.resolve(cwd, file);
      const configKey = cache && file !== '-' ? configKeyOf(name, config) : undefined;
      // Taken before the bytes are read: a change while reading shows up next time.
      const signature = configKey ? fileSignature(location, stats) : undefined;
      const cachedFor = (content: string | undefined) => {
        if (content === undefined || configKey === undefined) return undefined;
        const cached = cache?.get(file, content, configKey);
        const wantsFixing = options.fix && cached?.some((r) => r.findings.some((f) => f.fix));
        return wantsFixing ? undefined : cached;
      };
      // Unchanged since it was hashed: answered without reading it (unless a formatter
      // shows its text).
      const unread = cachedFor(cache?.contentFor(file, signature));
      if (unread) {
        return { kind: 'linted', results: withSource(unread, () => readFileSync(location)) };
      }
      let bytes: Uint8Array;
      try {
        bytes = await readInput(location);
      } catch (error) {
        return { kind: 'error', error: fileError(name, error) };
      }
      const content = configKey ? sha256(bytes) : undefined;
      const cached = cachedFor(content);
      if (cached) {
        // Unchanged bytes behind a changed stat (touched, checked out): trust the new stat.
        if (signature !== undefined) cache?.restat(file, signature);
        return { kind: 'linted', results: withSource(cached, () => bytes) };
      }
      // Without workers, the code that lints (format readers, fixes) is loaded only now:
      // a run answered from the cache never loads it.
      const outcome = pool
        ? await pool.lint(name, bytes)
        : await (await import('./lint-file.js')).lintFile(name, bytes, config, settings, {
            budget,
          });
      if (cache && content && configKey && outcome.kind === 'linted' && !outcome.virtual) {
        // What the cached findings describe: the bytes now on disk (just written by
        // --fix: too fresh for a trusted stat).
        if (outcome.written) cache.set(file, sha256(outcome.written), configKey, outcome.results);
        else cache.set(file, content, configKey, outcome.results, signature);
      }
      return outcome;
    };
    const collect = (i: number, outcome: FileOutcome) => {
      const { file, pattern } = targets[i] as { file: string; pattern: string };
      if (outcome.kind === 'skipped') {
        skipped.push({ file: nameOf(file), reason: outcome.reason });
        return;
      }
      linted.add(pattern);
      if (outcome.kind === 'error') {
        errors.push(outcome.error);
        return;
      }
      if (outcome.error) errors.push(outcome.error);
      if (outcome.fix) fixes.push(outcome.fix);
      if (options.onResults) {
        options.onResults(outcome.results);
        // Printed already: keep the findings, not the source text of every file.
        results.push(...outcome.results.map(withoutSource));
      } else {
        results.push(...outcome.results);
      }
    };
    // Files are read and linted ahead in a bounded window and collected in path
    // order: the report keeps path order and memory does not grow with the files.
    const window: Array<Promise<FileOutcome>> = [];
    // With a cache, far ahead: files it answers keep coming while a worker lints one
    // that missed it (still bounded, so memory stays flat).
    const ahead = pool ? (cache ? CACHED_RUN_AHEAD : workers * 8) : 1;
    let next = 0;
    for (let i = 0; i < targets.length; i++) {
      const pending = lintTarget(i);
      // A rejection still waiting in the window is not unhandled: it is awaited in turn.
      pending.catch(() => {});
      window.push(pending);
      if (window.length >= ahead) collect(next++, await (window.shift() as Promise<FileOutcome>));
    }
    while (window.length) collect(next++, await (window.shift() as Promise<FileOutcome>));
    for (const { pattern } of targets) {
      if (!linted.has(pattern) && !unmatched.has(pattern))
        unmatched.set(pattern, 'no lintable file (see the notes above)');
    }
    if (options.errorOnUnmatchedPattern ?? true) {
      for (const [pattern, message] of unmatched) errors.push({ file: pattern, message });
    } else {
      for (const [pattern, message] of unmatched) skipped.push({ file: pattern, reason: message });
    }
    if (cache && !(options.cache instanceof LintCache)) {
      await cache.saveOrWarn((message) => options.warn?.(message));
    }
    // Files share a handful of configs: list each config's rules once.
    const rules = new Map(
      [...new Set(configs)].flatMap((c) => c.rules.map((r) => [r.rule.id, r.rule] as const)),
    );
    return {
      results,
      errors,
      ...(skipped.length && { skipped }),
      rules: [...rules.values()],
      ...(options.fix && { fixes }),
    };
  } finally {
    await pool?.close();
  }
}

/** How many files a cached run with workers reads ahead of the oldest one not yet done. */
const CACHED_RUN_AHEAD = 4096;

/** The default per-draft time budget (--timeout), in milliseconds. */
export const DEFAULT_TIMEOUT = 10_000;

/**
 * How many lint workers to start: with `auto`, one per core when there are more
 * files than filesForWorkers() (100, or 300 on two cores or fewer), else none; a number
 * asks for that many (never more than the files). One thread lints in the main thread, where the time budget is V8's
 * execution timeout (engine/budget.ts) instead of terminating a worker.
 */
export function workerCount(concurrency: number | 'auto', files: number): number {
  const wanted =
    concurrency === 'auto'
      ? files > filesForWorkers()
        ? availableParallelism()
        : 1
      : Math.max(1, Math.floor(concurrency));
  const size = Math.min(wanted, files);
  return size > 1 ? size : 0;
}

function workerSetup(options: LintOptions, cwd: string, settings: FileLintSettings): WorkerSetup {
  return { ...configOptions(options, cwd), settings };
}

/** Cached results, given back their source text (read and decoded only if a formatter shows lines). */
function withSource(
  cached: ReadonlyArray<Omit<Result, 'source'>>,
  bytes: () => Uint8Array,
): Result[] {
  let source: string | undefined;
  return cached.map((r) =>
    Object.defineProperty({ ...r }, 'source', {
      enumerable: true,
      get: () => {
        source ??= decode(bytes()).text;
        return source;
      },
    }),
  );
}

/**
 * A file's stat signature for the cache (from the stat expanding the command line took,
 * if any), or undefined (no stat, or too fresh to trust).
 */
function fileSignature(location: string, known?: Stats): string | undefined {
  const stats = known ?? statSync(location, { throwIfNoEntry: false });
  return stats?.isFile() ? statSignature(stats) : undefined;
}

/** A result without its source text (read without calling a cached result's source getter). */
function withoutSource(result: Result): Result {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(result)) {
    if (key !== 'source') copy[key] = result[key as keyof Result];
  }
  return copy as unknown as Result;
}

/** The value `map` holds for `key`, made and kept on first use (a Map or a WeakMap). */
function memo<K, V>(
  map: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: () => V,
): V {
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
  const { draftsFromText } = await import('./sources/index.js');
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
  return new ConfigResolver(configOptions(options, cwd));
}

/** What the caller says about configuration, which wins over config files. */
function configOptions(options: Omit<LintOptions, 'files'>, cwd: string): ConfigOptions {
  return {
    cwd,
    ...(options.config !== undefined && { configFile: options.config }),
    useConfigFiles: options.useConfigFiles ?? true,
    ruleOverrides: options.rules ?? {},
    ...(options.channel !== undefined && { channel: options.channel }),
    ...(options.name !== undefined && { name: options.name }),
  };
}

async function readContext(file: string): Promise<string> {
  try {
    return decode(await readFile(file)).text;
  } catch (error) {
    throw new UsageError(`--context ${file}: ${readErrorMessage(error)}`);
  }
}

export { readErrorMessage } from './util/fs-errors.js';
