// What a file's lint needs to know besides its bytes, and what it gave: shared by the
// thread that reads files (lint.ts, the cache) and the code that lints them
// (lint-file.ts, loaded only when a file is actually linted).

import type { EffectiveConfig } from './config/resolve.js';
import type { DraftLintOptions } from './engine/lint-draft.js';
import type { DraftDefaults } from './sources/format.js';
import type { SourceSettings } from './sources/settings.js';
import { SourceError } from './sources/source-error.js';
import type { Channel, FileError, FileFix, Result } from './types.js';
import { readErrorMessage } from './util/fs-errors.js';

export interface FileLintSettings {
  /** The directory file names are relative to (lint()'s cwd). */
  cwd?: string;
  /** The customer's message (--context). */
  context?: string;
  reportUnusedDisable?: boolean;
  fix?: boolean | 'dry-run';
}

/** What linting one file gave. */
export type FileOutcome =
  | {
      kind: 'linted';
      results: Result[];
      error?: FileError;
      fix?: FileFix;
      /** The bytes --fix wrote, if it rewrote the file. */
      written?: Uint8Array;
      /** The results describe a text that is not on disk (a dry run's fixed text). */
      virtual?: boolean;
    }
  | { kind: 'skipped'; reason: string }
  | { kind: 'error'; error: FileError };

export function fileError(file: string, error: unknown): FileError {
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

export function draftSettings(
  config: EffectiveConfig,
  options: Pick<FileLintSettings, 'reportUnusedDisable'>,
): DraftLintOptions {
  return {
    allow: config.allow,
    knownRules: config.registry.ids,
    ...(options.reportUnusedDisable && { reportUnusedDisable: true }),
  };
}

export function draftDefaults(
  config: EffectiveConfig,
  source: SourceSettings,
  context: string | undefined,
): DraftDefaults {
  return {
    channel: config.channel as Channel,
    kind: source.template ? 'template' : 'reply',
    ...(context !== undefined && { context }),
    ...(config.name !== undefined && { name: config.name }),
    ...(source.helpdesk && { helpdesk: source.helpdesk }),
    ...(source.mapping && { mapping: source.mapping }),
  };
}
