import type { Channel, Helpdesk } from '../types.js';
import type { CollectionMapping } from './collections/mapping.js';

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

/** Thrown by a format when a file holds nothing to lint (a JSON file of another kind). */
export class NothingToLint extends Error {}
