import type { Channel, Draft } from '../types.js';
import type { SourceText } from './origin.js';

/** What a draft gets when its file says nothing (from CLI flags and config). */
export interface DraftDefaults {
  channel: Channel;
  kind: 'reply' | 'template';
  context?: string;
  name?: string;
}

/** A file format: which files it reads and how it extracts drafts from them. */
export interface SourceFormat {
  name: string;
  /** File name endings it claims, e.g. ".txt", ".reply.yaml". */
  extensions: string[];
  extract(file: string, source: SourceText, defaults: DraftDefaults): Draft[];
}
