import type { Channel, Draft, Helpdesk } from '../types.js';
import type { CollectionMapping } from './collections/mapping.js';
import type { SourceText } from './origin.js';

/** What a draft gets when its file says nothing (from CLI flags and config). */
export interface DraftDefaults {
  channel: Channel;
  kind: 'reply' | 'template';
  context?: string;
  name?: string;
  /** The helpdesk whose placeholders the file uses (config), when its shape does not say. */
  helpdesk?: Helpdesk;
  /** Config's field mapping for a JSON/YAML shape replylint does not know. */
  mapping?: CollectionMapping;
}

/** A file format: which files it reads and how it extracts drafts from them. */
export interface SourceFormat {
  name: string;
  /** File name endings it claims, e.g. ".txt", ".reply.yaml". */
  extensions: string[];
  extract(file: string, source: SourceText, defaults: DraftDefaults): Draft[];
}

/** Thrown by a format when a file holds nothing to lint (a JSON file of another kind). */
export class NothingToLint extends Error {}
