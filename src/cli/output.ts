/** Where the CLI writes: the report to stdout, every diagnostic to stderr. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Is stdout a terminal (for colour)? */
  isTTY: boolean;
}

export function processOutput(): Output {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    isTTY: process.stdout.isTTY === true,
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
