// Messages between the main thread and the lint workers (structured-cloned).

import type { ConfigOptions } from '../config/resolve.js';
import type { FileLintSettings, FileOutcome } from '../file-settings.js';

/** What a worker needs to resolve configs the way the main thread does (workerData). */
export interface WorkerSetup extends ConfigOptions {
  settings: FileLintSettings;
}

/** main → worker: lint this file (its bytes were read by the main thread). */
export interface JobMessage {
  id: number;
  name: string;
  bytes: Uint8Array;
}

/** worker → main. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'draft'; id: number; index: number; title: string | null }
  | { type: 'done'; id: number; outcome: FileOutcome }
  | { type: 'fatal'; id: number; message: string };
