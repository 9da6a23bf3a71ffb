/** Switches that change how a run gets its answers, never the answers. */
const HOW_NOT_WHAT = new Set(['REPLYLINT_SNAPSHOT', 'REPLYLINT_REPLAY']);

/** The variables besides the command line that change what a lint run prints. */
function decidesOutput(name: string): boolean {
  if (name === 'NO_COLOR' || name === 'FORCE_COLOR') return true;
  // These pick how the same answers are reached: from the startup snapshot, by replay.
  return name.startsWith('REPLYLINT_') && !HOW_NOT_WHAT.has(name);
}

/**
 * Identifies a run's command line and everything else, besides files, that decides its
 * output: the arguments as given, the working directory, Node's version, the variables
 * that decide colour and replylint's switches, and whether stdout is a terminal.
 */
export function runKey(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  stdoutIsTTY: boolean,
): string {
  const variables = Object.keys(env)
    .filter(decidesOutput)
    .sort()
    .map((name) => [name, env[name]]);
  return JSON.stringify({ args, cwd, node: process.version, env: variables, tty: stdoutIsTTY });
}
