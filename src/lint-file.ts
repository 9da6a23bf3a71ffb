// The work done for one file once its bytes are read and its config is known:
// extract the drafts, lint each, apply fixes. The same code runs in the main
// thread (--concurrency 1 --timeout 0) and in the worker threads, so both paths
// give the same answers.

import path from 'node:path';
import { loadNlp } from './analysis/nlp.js';
import type { EffectiveConfig } from './config/resolve.js';
import { BudgetExceeded, budgetMessage, withinBudget } from './engine/budget.js';
import { lintCheckedDraft, uncheckedResult } from './engine/lint-draft.js';
import {
  draftDefaults,
  draftSettings,
  type FileLintSettings,
  type FileOutcome,
  fileError,
} from './file-settings.js';
import { fixFile } from './fix/fix-file.js';
import { DecodeError } from './sources/decode.js';
import { draftsFromBytes, draftsFromText, NothingToLint } from './sources/index.js';
import { sourceSettingsFor } from './sources/settings.js';
import type { Draft, Result } from './types.js';
import { ReplylintError } from './util/errors.js';

/**
 * Lints the drafts of one file. `onDraft` is told before each draft is linted
 * (the worker pool's time budget is per draft). Errors the user must fix in
 * config (ReplylintError) are thrown; a bad file is an outcome.
 */
export async function lintFile(
  name: string,
  bytes: Uint8Array,
  config: EffectiveConfig,
  settings: FileLintSettings,
  hooks: {
    /** Told before each draft is linted (a worker's budget timer starts then). */
    onDraft?: (index: number, draft: Draft) => void;
    /** Milliseconds each draft may take in this thread (0 or absent: no limit). */
    budget?: number;
  } = {},
): Promise<FileOutcome> {
  const source = sourceSettingsFor(name, config.sources);
  const defaults = draftDefaults(config, source, settings.context);
  const options = draftSettings(config, settings);
  let drafts: Draft[];
  try {
    drafts = draftsFromBytes(name, bytes, defaults, source.format);
  } catch (error) {
    if (error instanceof ReplylintError) throw error;
    if (
      (error instanceof DecodeError && /binary/.test(error.message)) ||
      error instanceof NothingToLint
    ) {
      return { kind: 'skipped', reason: (error as Error).message };
    }
    return { kind: 'error', error: fileError(name, error) };
  }
  let count = 0;
  const budget = hooks.budget ?? 0;
  const lintAll = async (list: Draft[]) => {
    const out: Result[] = [];
    for (const draft of list) {
      hooks.onDraft?.(count++, draft);
      const unchecked = uncheckedResult(draft);
      if (unchecked) {
        out.push(unchecked);
        continue;
      }
      // Only now: a file of empty or non-English drafts never loads compromise.
      await loadNlp();
      const lintOne = () => lintCheckedDraft(draft, config.rules, options);
      try {
        out.push(budget > 0 ? withinBudget(lintOne, budget) : lintOne());
      } catch (error) {
        if (error instanceof BudgetExceeded) throw new DraftOverBudget(draft, budget);
        throw error;
      }
    }
    return out;
  };
  try {
    return await lintAndFix(name, bytes, drafts, settings, lintAll, (text) =>
      draftsFromText(name, text, defaults, source.format),
    );
  } catch (error) {
    if (error instanceof DraftOverBudget) {
      return {
        kind: 'error',
        error: { file: name, message: budgetMessage(error.budget, error.draft.title) },
      };
    }
    throw error;
  }
}

class DraftOverBudget extends Error {
  constructor(
    readonly draft: Draft,
    readonly budget: number,
  ) {
    super('over budget');
  }
}

async function lintAndFix(
  name: string,
  bytes: Uint8Array,
  drafts: Draft[],
  settings: FileLintSettings,
  lintAll: (list: Draft[]) => Promise<Result[]>,
  extract: (text: string) => Draft[],
): Promise<FileOutcome> {
  const results = await lintAll(drafts);
  if (!settings.fix) return { kind: 'linted', results };
  const fixed = await fixFile({
    file: name,
    ...(settings.cwd !== undefined && { location: path.resolve(settings.cwd, name) }),
    bytes,
    drafts,
    results,
    extract,
    lint: lintAll,
    mode: settings.fix,
  });
  return {
    kind: 'linted',
    results: fixed.results,
    ...(fixed.error && { error: fixed.error }),
    ...(fixed.fix && { fix: fixed.fix }),
    ...(fixed.written && { written: fixed.written }),
    ...(!fixed.written && fixed.fix?.applied.length && { virtual: true }),
  };
}
