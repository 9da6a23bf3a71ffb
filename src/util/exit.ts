// How a CLI process ends. Left to itself, Node exits only after V8's background jobs
// finish, above all optimising compiles of functions a short run will never call again:
// on a one-draft run that is ~30–45 ms of waiting after the last line is printed
// (measured with strace: the main thread parked on a futex until a platform worker
// finished). Exiting explicitly, once the output streams have taken everything, skips it.

/** Ends the process with `code` as soon as stdout and stderr have flushed what they hold. */
export function exitOnceFlushed(code: number): void {
  process.exitCode = code;
  let open = 2;
  const flushed = () => {
    open -= 1;
    if (open === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}
