/**
 * Errors the user can act on: they end the run with exit code 2 and a
 * one-line message (no stack trace unless --debug).
 */
export class ReplylintError extends Error {
  readonly exitCode = 2;
}

/** Bad command-line usage. */
export class UsageError extends ReplylintError {}

/** A configuration file (or rule file) that cannot be used; names the file and line. */
export class ConfigError extends ReplylintError {
  constructor(
    readonly reason: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(formatLocated(reason, file, line, column));
  }
}

export function formatLocated(
  reason: string,
  file?: string,
  line?: number,
  column?: number,
): string {
  if (!file) return reason;
  const where = line ? `${file}:${line}${column ? `:${column}` : ''}` : file;
  return `${where}: ${reason}`;
}
