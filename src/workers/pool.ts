// A fixed set of lint workers fed from one queue. Each worker holds up to two files,
// so that it starts the next as soon as it finishes one instead of waiting for the
// main thread to answer. Each draft a worker starts arms a timer; a worker that
// overruns the budget (a rule looping forever) is terminated, its file gets an error
// naming the file and the budget, and a fresh worker takes the files still queued.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { budgetMessage } from '../engine/budget.js';
import type { FileOutcome } from '../file-settings.js';
import { ReplylintError } from '../util/errors.js';
import type { JobMessage, WorkerMessage, WorkerSetup } from './protocol.js';

interface Pending {
  job: JobMessage;
  resolve(outcome: FileOutcome): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** The files sent to this worker, in order; it lints the first (one at a time). */
  held: Pending[];
  timer?: NodeJS.Timeout;
}

/** Files a worker holds at once: the one it lints and the next. */
const FILES_PER_WORKER = 2;

export class LintPool {
  private readonly queue: Pending[] = [];
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly size: number,
    /** Milliseconds a draft may take; 0 for no limit. */
    private readonly budget: number,
  ) {}

  /**
   * Starts workers now (all of them, or `count`), so that they load while the main
   * thread resolves configs or answers files from the cache.
   */
  warm(count = this.size): void {
    while (this.slots.length < Math.min(count, this.size)) this.slots.push(this.spawn());
  }

  lint(name: string, bytes: Uint8Array): Promise<FileOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, name, bytes }, resolve, reject });
      // One more worker only when the ones running hold all they can: a cached run that
      // lints a file or two does not start (and load compromise in) every worker.
      const full = this.slots.every((slot) => slot.held.length >= FILES_PER_WORKER);
      if (full) this.warm(this.slots.length + 1);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const slot of this.slots) clearTimeout(slot.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    // Round by round, so that a short queue is spread over the workers.
    for (let depth = 1; depth <= FILES_PER_WORKER; depth++) {
      for (const slot of this.slots) {
        if (slot.held.length >= depth || this.queue.length === 0) continue;
        const next = this.queue.shift() as Pending;
        slot.held.push(next);
        slot.worker.postMessage(next.job);
      }
    }
  }

  private spawn(): Slot {
    const worker = new Worker(workerScript(), {
      workerData: this.setup,
      // A smaller young generation than V8's default: ~20 MiB less per worker, about the same speed.
      resourceLimits: { maxYoungGenerationSizeMb: 16 },
    });
    const slot: Slot = { worker, held: [] };
    worker.on('message', (message: WorkerMessage) => this.onMessage(slot, message));
    worker.on('error', (error) => this.replace(slot, `internal error: ${error.message}`));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot))
        this.replace(slot, `internal error: the lint worker stopped (exit code ${code})`);
    });
    return slot;
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    const pending = slot.held[0];
    if (message.type === 'ready' || !pending || message.id !== pending.job.id) return;
    clearTimeout(slot.timer);
    if (message.type === 'draft') {
      if (this.budget > 0) {
        const title = message.title;
        slot.timer = setTimeout(
          () => this.replace(slot, budgetMessage(this.budget, title)),
          this.budget,
        );
      }
      return;
    }
    slot.held.shift();
    if (message.type === 'fatal') pending.reject(new ReplylintError(message.message));
    else pending.resolve(message.outcome);
    this.dispatch();
  }

  /**
   * Ends a worker (stuck or crashed): the file it was linting gets an error, the files
   * it held next go back to the head of the queue, and a new worker takes over.
   */
  private replace(slot: Slot, message: string): void {
    if (this.closed) return;
    clearTimeout(slot.timer);
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    void slot.worker.terminate();
    const [pending, ...waiting] = slot.held;
    slot.held = [];
    this.queue.unshift(...waiting);
    pending?.resolve({ kind: 'error', error: { file: pending.job.name, message } });
    if (this.queue.length) this.slots.push(this.spawn());
    this.dispatch();
  }
}

/** The worker's entry in the bundle (dist/lint-worker.js), wherever this chunk sits in dist/. */
function workerScript(): URL {
  for (const candidate of ['./lint-worker.js', '../lint-worker.js', '../../dist/lint-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new ReplylintError('the lint worker is missing from dist/; run `npm run build`');
}
