// A lint worker: loads the bundle, compromise and the configs once, then lints
// the files the main thread sends, one at a time, telling it when each draft
// starts (the time budget is per draft).
import { parentPort, workerData } from 'node:worker_threads';
import { loadNlp } from '../analysis/nlp.js';
import { ConfigResolver } from '../config/resolve.js';
import { fileError } from '../file-settings.js';
import { lintFile } from '../lint-file.js';
import { ReplylintError } from '../util/errors.js';
import { HeapKeeper } from './heap.js';
import type { JobMessage, WorkerMessage, WorkerSetup } from './protocol.js';

const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('internal: lint-worker runs in a worker thread');

const { settings, ...configOptions } = setup;
const resolver = new ConfigResolver(configOptions);
// Load compromise while the main thread is still resolving configs and reading files.
const nlpLoaded = loadNlp();
const post = (message: WorkerMessage) => port.postMessage(message);
const heap = new HeapKeeper();

// One file at a time: the draft messages must belong to the job being timed.
let queue = Promise.resolve();
port.on('message', (job: JobMessage) => {
  queue = queue.then(() => run(job));
});

async function run(job: JobMessage): Promise<void> {
  try {
    await nlpLoaded;
    const config = await resolver.forFile(job.name);
    const outcome = await lintFile(job.name, job.bytes, config, settings, {
      onDraft: (index, draft) => post({ type: 'draft', id: job.id, index, title: draft.title }),
    });
    post({ type: 'done', id: job.id, outcome });
  } catch (error) {
    if (error instanceof ReplylintError)
      post({ type: 'fatal', id: job.id, message: error.message });
    else
      post({
        type: 'done',
        id: job.id,
        outcome: { kind: 'error', error: fileError(job.name, internal(error)) },
      });
  }
  heap.afterFile();
}

function internal(error: unknown): Error {
  return new Error(`internal error: ${(error as Error)?.message ?? String(error)}`);
}

post({ type: 'ready' });
