/** Where the CLI writes: the report to stdout, every diagnostic to stderr. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Is stdout a terminal (for colour)? */
  isTTY: boolean;
}

export function processOutput(): Output {
  return {
    stdout: writerTo(process.stdout),
    stderr: writerTo(process.stderr),
    isTTY: process.stdout.isTTY === true,
  };
}

/**
 * Writes to a stream until its reader goes away: `replylint … | head -1` closes
 * the pipe, and the rest of the output is dropped quietly (no EPIPE stack
 * trace); the run still ends with its own exit code.
 */
export function writerTo(stream: NodeJS.WritableStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

/** Colour when stdout is a terminal, unless NO_COLOR or --no-color; --color or FORCE_COLOR force it. */
export function useColor(
  flag: boolean | undefined,
  out: Output,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (flag === false) return false;
  if (flag === true) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return out.isTTY;
}
