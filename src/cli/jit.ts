// How hard V8's optimising compiler (TurboFan) works during a CLI lint run. A run lints
// for seconds at most, and each thread (the main one, every lint worker) warms up its own
// copy of the code: on the 2-core bench machine TurboFan's compiling was ~27 % of all the
// CPU of a 2,000-draft run with two workers (perf), competing with the linting for the
// cores. Without inlining, each optimised function compiles far faster, and the code is
// nearly as quick: 2,000 drafts, 5-8 paired rounds: median ~10.0 -> ~8.8 s; 100 drafts in
// one thread -7 %; 500 drafts in one thread unchanged. Flags are process-wide (worker
// threads share them), so only the CLI sets this: lint() called as a library leaves the
// host process's V8 alone. Not while a startup snapshot is built: V8 refuses to start from
// a snapshot taken under other flags than its own.
import v8 from 'node:v8';

export const LINT_RUN_V8_FLAGS = '--no-turbo-inlining';

export function tuneJitForLintRun(): void {
  if (v8.startupSnapshot.isBuildingSnapshot()) return;
  v8.setFlagsFromString(LINT_RUN_V8_FLAGS);
}
