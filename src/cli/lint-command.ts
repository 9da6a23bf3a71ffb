import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { LintCache } from '../cache/cache.js';
import { cacheFilePath } from '../cache/location.js';
import { draftFails, EXIT_TROUBLE, exitCodeOf, type Thresholds } from '../engine/exit-code.js';
import { writeAtomically } from '../fix/write.js';
import { configFor, lint, readErrorMessage } from '../lint.js';
import {
  FORMATTERS,
  type FormatName,
  type FormatOptions,
  STREAMING_FORMATTERS,
} from '../report/index.js';
import type { Channel, LintReport, Result, Severity } from '../types.js';
import { UsageError } from '../util/errors.js';
import { tuneJitForLintRun } from './jit.js';
import { type RuleFlag, ruleOverrides } from './options.js';
import { type Output, useColor } from './output.js';
import { printConfig } from './print-config.js';
import { RunRecorder } from './run-recorder.js';

export interface LintFlags {
  format: FormatName;
  outputFile?: string;
  name?: string;
  channel?: Channel;
  context?: string;
  config?: string | false;
  rule: RuleFlag[];
  ignorePattern?: string[];
  errorOnUnmatchedPattern?: boolean;
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
  failOn?: Severity;
  maxWarnings?: number;
  minScore?: number;
  stdinFilename?: string;
  reportUnusedDisable?: boolean;
  printConfig?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: number | 'auto';
  timeout?: number;
}

/**
 * `replylint [files...]`: lint, print the report to stdout, diagnostics to stderr.
 * `args` is the command line as given, which a recorded `--cache` run is replayed for.
 */
export async function lintCommand(
  files: string[],
  flags: LintFlags,
  out: Output,
  args: readonly string[] = [],
): Promise<number> {
  tuneJitForLintRun();
  const cwd = process.cwd();
  const common = {
    cwd,
    ...(typeof flags.config === 'string' && { config: flags.config }),
    useConfigFiles: flags.config !== false,
    rules: ruleOverrides(flags.rule),
    ...(flags.channel !== undefined && { channel: flags.channel }),
    ...(flags.name !== undefined && { name: flags.name }),
  };
  if (flags.printConfig !== undefined) {
    out.stdout(printConfig(flags.printConfig, await configFor(flags.printConfig, common), cwd));
    return 0;
  }
  // With --stdin-filename and no files, the input is standard input.
  if (files.length === 0 && flags.stdinFilename !== undefined) files = ['-'];
  if (files.length === 0) {
    throw new UsageError(
      "no files given: pass draft files, or '-' to read standard input (see --help)",
    );
  }
  if (flags.fix && flags.fixDryRun) throw new UsageError('use --fix or --fix-dry-run, not both');
  const cacheFile = flags.cache ? cacheFilePath(flags.cacheLocation, cwd) : undefined;
  const cache = cacheFile ? await LintCache.open(cacheFile) : undefined;
  const recorder =
    cache &&
    RunRecorder.start(
      args,
      {
        cwd,
        patterns: files,
        config: flags.config ?? true,
        ...(flags.context !== undefined && { contextFile: flags.context }),
      },
      {
        fix: flags.fix,
        fixDryRun: flags.fixDryRun,
        outputFile: flags.outputFile,
        stdinFilename: flags.stdinFilename,
        debug: flags.debug,
      },
      out,
    );
  if (recorder) out = recorder.tee(out);
  // stylish, compact and github print each file's results as soon as they are known.
  const streaming =
    flags.outputFile === undefined && !flags.fixDryRun
      ? STREAMING_FORMATTERS[flags.format]
      : undefined;
  const streamOptions: FormatOptions = {
    color: useColor(flags.color, out),
    cwd,
    version: pkg.version,
  };
  const report = await lint({
    ...common,
    files,
    ...(flags.context !== undefined && { contextFile: flags.context }),
    ...(flags.stdinFilename !== undefined && { stdinFilename: flags.stdinFilename }),
    ...(flags.reportUnusedDisable && { reportUnusedDisable: true }),
    ...(flags.fix && { fix: true }),
    ...(flags.fixDryRun && { fix: 'dry-run' as const }),
    ...(cache && { cache }),
    ...(recorder && { onConfigs: (configs) => recorder.configsResolved(configs) }),
    ...(flags.concurrency !== undefined && { concurrency: flags.concurrency }),
    ...(flags.timeout !== undefined && { timeout: flags.timeout }),
    ignorePatterns: flags.ignorePattern ?? [],
    errorOnUnmatchedPattern: flags.errorOnUnmatchedPattern !== false,
    warn: (message) => out.stderr(`replylint: ${message}\n`),
    ...(streaming && {
      onResults: (results) => {
        const shown = flags.quiet ? results.map(errorFindingsOnly) : results;
        if (shown.length) out.stdout(streaming.results(shown, streamOptions));
      },
    }),
  });
  for (const note of report.skipped ?? []) {
    out.stderr(`replylint: ${note.file}: ${note.reason}\n`);
  }
  const thresholds: Thresholds = {
    ...(flags.failOn && { failOn: flags.failOn }),
    ...(flags.maxWarnings !== undefined && { maxWarnings: flags.maxWarnings }),
    ...(flags.minScore !== undefined && { minScore: flags.minScore }),
  };
  const shown = flags.quiet ? errorsOnly(report) : report;
  const options: FormatOptions = {
    color: useColor(flags.color, out),
    cwd,
    ...(report.rules && { rules: report.rules }),
    version: pkg.version,
    fails: (result) => draftFails(result, thresholds),
  };
  let code = exitCodeOf(report, thresholds);
  if (flags.outputFile !== undefined) {
    // The file gets the chosen format; the terminal still gets the human report.
    const target = path.resolve(cwd, flags.outputFile);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      const text = FORMATTERS[flags.format](shown, { ...options, color: false });
      await writeAtomically(target, Buffer.from(text));
    } catch (error) {
      out.stderr(`replylint: --output-file ${flags.outputFile}: ${readErrorMessage(error)}\n`);
      code = EXIT_TROUBLE;
    }
  }
  if (flags.fixDryRun) {
    // The diff is the output; the report goes to --output-file when asked for.
    out.stdout(report.fixes?.map((f) => f.diff).join('') ?? '');
  } else {
    const format = flags.outputFile !== undefined ? 'stylish' : flags.format;
    out.stdout(streaming ? streaming.end(shown, options) : FORMATTERS[format](shown, options));
  }
  for (const error of report.errors) {
    const where = error.line
      ? `${error.file}:${error.line}${error.column ? `:${error.column}` : ''}`
      : error.file;
    out.stderr(`replylint: ${where}: ${error.message}\n`);
  }
  reportFixes(report, flags.fixDryRun === true, out);
  if (code === 1) {
    const note = thresholdNoteOf(report, thresholds);
    if (note) out.stderr(`replylint: ${note}\n`);
  }
  if (cache) {
    recorder?.finish(cache, report, code);
    await cache.saveOrWarn((message) => out.stderr(`replylint: ${message}\n`));
  }
  return code;
}

/** One stderr line per fixed file: what changed, by rule. */
function reportFixes(report: LintReport, dryRun: boolean, out: Output): void {
  if (!report.fixes) return;
  let total = 0;
  for (const fix of report.fixes) {
    if (fix.applied.length) {
      total += fix.applied.length;
      const byRule = new Map<string, number>();
      for (const a of fix.applied) byRule.set(a.ruleId, (byRule.get(a.ruleId) ?? 0) + 1);
      const rules = [...byRule].map(([id, n]) => (n > 1 ? `${id} ×${n}` : id)).join(', ');
      const n = fix.applied.length;
      out.stderr(
        `replylint: ${dryRun ? 'would fix' : 'fixed'} ${n} problem${n === 1 ? '' : 's'} in ${fix.file} (${rules})\n`,
      );
    }
    if (fix.skipped) {
      out.stderr(
        `replylint: ${fix.file}: ${fix.skipped} fix${fix.skipped === 1 ? '' : 'es'} left out (could not be applied safely)\n`,
      );
    }
  }
  if (total === 0) out.stderr(`replylint: nothing to fix\n`);
  else if (dryRun) out.stderr('replylint: --fix-dry-run: no file was written\n');
}

function thresholdNoteOf(report: LintReport, thresholds: Thresholds): string | undefined {
  const warnings = report.results.reduce(
    (n, r) => n + r.findings.filter((f) => f.severity === 'warning').length,
    0,
  );
  if (thresholds.maxWarnings !== undefined && warnings > thresholds.maxWarnings) {
    return `${warnings} warning${warnings === 1 ? '' : 's'} (more than --max-warnings ${thresholds.maxWarnings})`;
  }
  if (thresholds.minScore !== undefined) {
    const low = report.results.filter((r) => r.score < (thresholds.minScore as number));
    if (low.length) {
      const lowest = Math.min(...low.map((r) => r.score));
      return `${low.length} draft${low.length === 1 ? '' : 's'} scored below --min-score ${thresholds.minScore} (lowest ${lowest})`;
    }
  }
  return undefined;
}

/** --quiet: keep error-level findings only (scores are unchanged). */
function errorsOnly(report: LintReport): LintReport {
  return { ...report, results: report.results.map(errorFindingsOnly) };
}

function errorFindingsOnly(result: Result): Result {
  return { ...result, findings: result.findings.filter((f) => f.severity === 'error') };
}
