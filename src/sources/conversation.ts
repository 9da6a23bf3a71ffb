import { CHANNELS, type Channel, type Draft } from '../types.js';
import { DISABLE_FIELD } from './collections/index.js';
import { type DataNode, get, isStr, itemsOf, ruleListOf, textOf } from './data.js';
import { makeDraft } from './draft.js';
import { type DraftDefaults, NothingToLint } from './format.js';
import type { SourceText } from './origin.js';

/**
 * Conversation files (`.reply.yaml`, `.reply.json`): `{ channel, name,
 * customer, reply }`, or a list of them. `customer` is the message being
 * answered (the context), `name` the customer's name. A file with several
 * replies names each by its `title` or `id`, else by its position.
 */
export function conversationDrafts(
  file: string,
  source: SourceText,
  root: DataNode,
  defaults: DraftDefaults,
): Draft[] {
  const items = itemsOf(root);
  const several = items.length > 1 || root.kind === 'seq';
  const drafts: Draft[] = [];
  items.forEach((item, index) => {
    const reply = get(item, 'reply');
    if (!isStr(reply)) return;
    const channel = textOf(get(item, 'channel'));
    const name = textOf(get(item, 'name'));
    const customer = textOf(get(item, 'customer'));
    const disabledRules = ruleListOf(get(item, DISABLE_FIELD));
    const title =
      textOf(get(item, 'title')) ?? textOf(get(item, 'id')) ?? (several ? `#${index + 1}` : null);
    drafts.push(
      makeDraft(file, source, defaults, {
        mapped: reply.mapped(),
        title,
        ...(channel &&
          (CHANNELS as readonly string[]).includes(channel) && {
            channel: channel as Channel,
          }),
        ...(name && { name }),
        ...(customer && { context: customer }),
        ...(disabledRules && { disabledRules }),
      }),
    );
  });
  if (drafts.length === 0) throw new NothingToLint('no `reply` field found; skipped');
  return drafts;
}
