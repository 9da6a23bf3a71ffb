import type { Channel, Helpdesk } from '../../types.js';

/**
 * Config's description of a JSON/YAML shape replylint does not know:
 * where the list is, and which fields hold the title and the body.
 */
export interface CollectionMapping {
  /** Dotted path to the list of replies ("data.items"); the document itself when absent. */
  list?: string;
  /** Field naming each reply. */
  title?: string;
  /** Field used when the title is missing. */
  id?: string;
  /** Fields holding a body; each one present is its own result. */
  body: string[];
  /** Bodies are HTML, plain text, or judged from their content (default). */
  bodyFormat?: 'html' | 'text' | 'auto';
  /** A fixed channel, or `{ field }` naming the field that holds it. */
  channel?: Channel | { field: string };
  /** Whose placeholders the bodies use. */
  helpdesk?: Helpdesk;
}
