import type { LintCache } from '../cache/cache.js';
import { captureInputs, type RunRequest } from '../cache/run-capture.js';
import type { RunInputs } from '../cache/run-inputs.js';
import { runKey } from '../cache/run-key.js';
import type { EffectiveConfig } from '../config/resolve.js';
import { builtinRegistry } from '../plugins/load-registry.js';
import type { LintReport } from '../types.js';
import type { Output } from './output.js';

/** Flags whose runs are never replayed: they write files, read stdin, or print what may vary. */
export interface ReplayBlockers {
  fix?: boolean;
  fixDryRun?: boolean;
  outputFile?: string;
  stdinFilename?: string;
  debug?: boolean;
}

/**
 * Records a `--cache` run so that the launcher can replay it (src/cache/replay.ts): the
 * state of everything it will read, taken before it reads any of it, and everything it
 * prints. A run is recorded only when all it read is on that list: no plugins, rule
 * folders or JavaScript configs (code whose own imports cannot be listed), no problems
 * reading files.
 */
export class RunRecorder {
  /** What the run printed, one stretch per change of stream: 1 for stdout, 2 for stderr. */
  private readonly printed: Array<[1 | 2, string[]]> = [];
  private replayable = true;

  private constructor(
    private readonly key: string,
    private readonly inputs: RunInputs,
  ) {}

  /** Starts recording, or returns undefined for a run that cannot be replayed. */
  static start(
    args: readonly string[],
    request: RunRequest,
    blockers: ReplayBlockers,
    out: Output,
  ): RunRecorder | undefined {
    if (Object.values(blockers).some((value) => value !== undefined && value !== false)) {
      return undefined;
    }
    const inputs = captureInputs(request);
    if (!inputs) return undefined;
    return new RunRecorder(runKey(args, request.cwd, process.env, out.isTTY), inputs);
  }

  /** `out`, with everything written to it kept for the record. */
  tee(out: Output): Output {
    return {
      isTTY: out.isTTY,
      stdout: (text) => {
        this.print(1, text);
        out.stdout(text);
      },
      stderr: (text) => {
        this.print(2, text);
        out.stderr(text);
      },
    };
  }

  private print(stream: 1 | 2, text: string): void {
    const last = this.printed.at(-1);
    if (last?.[0] === stream) last[1].push(text);
    else this.printed.push([stream, [text]]);
  }

  /** Configs that load code (plugins, rule folders, JavaScript files) cannot be replayed. */
  configsResolved(configs: readonly EffectiveConfig[]): void {
    const builtin = builtinRegistry();
    if (configs.some((c) => c.registry !== builtin || /\.[cm]?js$/i.test(c.filepath ?? ''))) {
      this.replayable = false;
    }
  }

  /** Puts the run into the cache (or forgets the cache's last run, if this one cannot be replayed). */
  finish(cache: LintCache, report: LintReport, exitCode: number): void {
    if (!this.replayable || report.errors.length > 0) {
      cache.recordRun(undefined);
      return;
    }
    const bytes = this.printed.map(
      ([stream, texts]) => [stream, Buffer.from(texts.join(''))] as const,
    );
    cache.recordRun({
      header: {
        key: this.key,
        inputs: this.inputs,
        exitCode,
        printed: bytes.map(([stream, buffer]) => [stream, buffer.length]),
      },
      output: Buffer.concat(bytes.map(([, buffer]) => buffer)),
    });
  }
}
