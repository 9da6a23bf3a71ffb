import type { Channel, Helpdesk } from '../../types.js';
import { type DataNode, get, getPath, isMap, isSeq, isStr, itemsOf, textOf } from '../data.js';
import type { MappedText } from '../mapped.js';

/** One body of a macro, before HTML rendering. */
export interface RawBody {
  mapped: MappedText;
  html: boolean;
  channel?: Channel;
  /** Added to the title: "Title (chat)". */
  suffix?: string;
}

/** A helpdesk export shape: how to recognise one of its items and read its bodies. */
export interface Shape {
  helpdesk: Helpdesk;
  /** Keys (dotted paths) under which its exports keep the list. */
  lists: string[];
  matches(item: DataNode): boolean;
  title(item: DataNode): string | undefined;
  bodies(item: DataNode): RawBody[];
}

const has = (item: DataNode, key: string) => get(item, key) !== undefined;
const str = (item: DataNode, key: string) => {
  const node = get(item, key);
  return isStr(node) && node.value.trim() !== '' ? node : undefined;
};

/**
 * Zendesk macros: `{ macros: [...] }`, `{ macro: {...} }` or bare macros. The
 * reply is the `value` of the action whose field is `comment_value_html` or
 * `comment_value` (a string, or `["channel:all", "text"]`). A macro that makes
 * its comment private (`comment_mode_is_public: false`) writes an internal note,
 * not a reply: it is not linted.
 */
const zendesk: Shape = {
  helpdesk: 'zendesk',
  lists: ['macros', 'macro'],
  matches: (item) => {
    const actions = get(item, 'actions');
    return isSeq(actions) && actions.items.some((a) => isStr(get(a, 'field')));
  },
  title: (item) => textOf(get(item, 'title')) ?? textOf(get(item, 'raw_title')),
  bodies: (item) => {
    const actions = itemsOf(get(item, 'actions'));
    const field = (a: DataNode) => textOf(get(a, 'field'));
    const isPrivate = actions.some((a) => {
      const v = get(a, 'value');
      const value = v && 'value' in v ? v.value : undefined;
      return field(a) === 'comment_mode_is_public' && (value === false || value === 'false');
    });
    if (isPrivate) return [];
    const html = actions.filter((a) => field(a) === 'comment_value_html');
    const chosen = html.length ? html : actions.filter((a) => field(a) === 'comment_value');
    return chosen.flatMap((a) => {
      const value = get(a, 'value');
      if (isStr(value)) return [{ mapped: value.mapped(), html: html.length > 0 }];
      if (isSeq(value)) {
        const [spec, text] = value.items;
        if (!isStr(text)) return [];
        const channel = isStr(spec) && /chat|messag/i.test(spec.value) ? 'chat' : undefined;
        return [{ mapped: text.mapped(), html: html.length > 0, ...(channel && { channel }) }];
      }
      return [];
    });
  },
};

/** Gorgias macros: `{ data: [...] }`; the reply is a `setResponseText` action's `body_html` (else `body_text`). */
const gorgias: Shape = {
  helpdesk: 'gorgias',
  lists: ['data'],
  matches: (item) => {
    const actions = get(item, 'actions');
    return isSeq(actions) && actions.items.some((a) => isStr(get(a, 'name')));
  },
  title: (item) => textOf(get(item, 'name')),
  bodies: (item) =>
    itemsOf(get(item, 'actions')).flatMap((a): RawBody[] => {
      if (textOf(get(a, 'name')) !== 'setResponseText') return [];
      const args = get(a, 'arguments');
      const html = str(args ?? a, 'body_html');
      if (html) return [{ mapped: html.mapped(), html: true }];
      const text = str(args ?? a, 'body_text');
      return text ? [{ mapped: text.mapped(), html: false }] : [];
    }),
};

/** Help Scout saved replies: `text` (HTML, email) and `chatText` (plain, chat) are separate replies. */
const helpscout: Shape = {
  helpdesk: 'helpscout',
  lists: ['_embedded.replies', 'replies', 'savedReplies'],
  matches: (item) =>
    isMap(item) && has(item, 'name') && (has(item, 'text') || has(item, 'chatText')),
  title: (item) => textOf(get(item, 'name')),
  bodies: (item) => {
    const bodies: RawBody[] = [];
    const text = str(item, 'text');
    if (text) bodies.push({ mapped: text.mapped(), html: true });
    const chat = str(item, 'chatText');
    if (chat) bodies.push({ mapped: chat.mapped(), html: false, channel: 'chat', suffix: 'chat' });
    return bodies;
  },
};

/** Freshdesk canned responses: `content_html` is sent; `content` is its plain copy. */
const freshdesk: Shape = {
  helpdesk: 'freshdesk',
  lists: ['canned_responses', 'responses'],
  matches: (item) =>
    isMap(item) && has(item, 'title') && (has(item, 'content_html') || has(item, 'content')),
  title: (item) => textOf(get(item, 'title')),
  bodies: (item) => {
    const html = str(item, 'content_html');
    if (html) return [{ mapped: html.mapped(), html: true }];
    const text = str(item, 'content');
    return text ? [{ mapped: text.mapped(), html: false }] : [];
  },
};

/** Intercom macros: `{ type: "list", data: [...] }`; `body` (HTML) is sent, `body_text` is its copy. */
const intercom: Shape = {
  helpdesk: 'intercom',
  lists: ['data'],
  matches: (item) =>
    isMap(item) &&
    (has(item, 'body') || has(item, 'body_text')) &&
    (textOf(get(item, 'type')) === 'macro' || has(item, 'body_text') || has(item, 'available_on')),
  title: (item) => textOf(get(item, 'name')),
  bodies: (item) => {
    const html = str(item, 'body');
    if (html) return [{ mapped: html.mapped(), html: true }];
    const text = str(item, 'body_text');
    return text ? [{ mapped: text.mapped(), html: false }] : [];
  },
};

/** Front message templates: `{ _results: [...] }`; `body` is HTML. */
const front: Shape = {
  helpdesk: 'front',
  lists: ['_results'],
  matches: (item) => isMap(item) && has(item, 'name') && has(item, 'body'),
  title: (item) => textOf(get(item, 'name')),
  bodies: (item) => {
    const body = str(item, 'body');
    return body ? [{ mapped: body.mapped(), html: true }] : [];
  },
};

/** In the order they are tried: the most specific shapes first. */
export const SHAPES: readonly Shape[] = [zendesk, gorgias, helpscout, freshdesk, intercom, front];

export function shapeFor(helpdesk: Helpdesk): Shape | undefined {
  return SHAPES.find((s) => s.helpdesk === helpdesk);
}

/** The items of an export: under one of the shapes' list keys, a top-level list, or the document. */
export function candidateItems(root: DataNode, shapes: readonly Shape[] = SHAPES): DataNode[] {
  if (isSeq(root)) return root.items;
  for (const shape of shapes) {
    for (const key of shape.lists) {
      const list = getPath(root, key);
      if (isSeq(list)) return list.items;
      if (isMap(list)) return [list];
    }
  }
  return [root];
}
