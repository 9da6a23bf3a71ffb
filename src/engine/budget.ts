// The per-draft time budget (--timeout) in the main thread. A rule stuck in a loop
// (or a regular expression backtracking for ever) cannot be stopped from JavaScript;
// V8 can interrupt it: vm's `timeout` runs the work under a watchdog that terminates
// the execution at the deadline, which no try/catch in the work can swallow. Worker
// threads (--concurrency 2+) are instead terminated and replaced (workers/pool.ts).
import vm from 'node:vm';

/** A draft took longer than its budget; its analysis was abandoned. */
export class BudgetExceeded extends Error {
  constructor(readonly budget: number) {
    super(`over the time budget of ${budget} ms`);
  }
}

const RUN = Symbol.for('replylint.withinBudget');
let compiled: vm.Script | undefined;
function budgetScript(): vm.Script {
  compiled ??= new vm.Script(`globalThis[Symbol.for('replylint.withinBudget')]()`, {
    filename: 'replylint-budget.js',
  });
  return compiled;
}

/** Runs synchronous work, interrupting it after `ms` milliseconds (throws BudgetExceeded). */
export function withinBudget<T>(work: () => T, ms: number): T {
  let result: T | undefined;
  const global = globalThis as unknown as Record<symbol, (() => void) | undefined>;
  global[RUN] = () => {
    result = work();
  };
  try {
    budgetScript().runInThisContext({ timeout: ms });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new BudgetExceeded(ms);
    }
    throw error;
  } finally {
    global[RUN] = undefined;
  }
  return result as T;
}

/** The file error of a draft over its budget (the same in the main thread and in workers). */
export function budgetMessage(budget: number, title: string | null): string {
  const draft = title ? `draft "${title}"` : 'a draft';
  return `internal error: linting ${draft} took longer than the time budget of ${budget} ms (--timeout); stopped, a rule may loop forever`;
}
