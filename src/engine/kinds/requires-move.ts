import { closingSpan, openingSpan } from '../../analysis/anchors.js';
import { hasMove, MOVES } from '../../analysis/moves.js';
import { CONDITIONS, isCondition, whoIsAsking } from '../../analysis/needs.js';
import type { Reply } from '../../analysis/reply.js';
import { isFragment } from '../../analysis/thread.js';
import { CHANNELS, type Span } from '../../types.js';
import { didYouMean } from '../../util/suggest.js';
import type { Rule } from '../rule.js';
import {
  type Definition,
  optionalString,
  RuleDefinitionError,
  type RuleKind,
  readMeta,
  stringList,
} from './definition.js';

/**
 * `kind: requires-move` — fires once when the reply makes none of the named
 * moves of de-escalation (`move: uses-name`, or a list, see
 * `src/analysis/moves.ts`) and the situation calls for one: `when` always
 * (default), complaint, upset or request (src/analysis/needs.ts); optionally
 * only on some `channels`. Quiet on a fragment (one part of a thread, a
 * truncated tweet, a chat turn under 10 words): the move may be in a part we
 * don't see. The finding points at the greeting or first word (`at: greeting`,
 * default), the first sentence of content (`start`) or the last (`end`).
 * `{{lead}}` (that sentence's first words), `{{topic}}` (what the customer
 * wrote about), `{{name}}` and `{{who}}` fill in the message, hint and the
 * optional `suggestion` (replacement text for the sentence, `{{match}}`).
 */
export const requiresMoveKind: RuleKind = {
  required: ['move'],
  optional: ['channels', 'when', 'at', 'suggestion'],
  build: requiresMoveRule,
};

const ANCHORS = ['greeting', 'start', 'end'] as const;

export function requiresMoveRule(def: Definition): Rule {
  const meta = readMeta(def, requiresMoveKind);
  const moves = readMoves(def);
  const channels = stringList(def, 'channels', false);
  channels.forEach((channel, i) => {
    if (!(CHANNELS as readonly string[]).includes(channel)) {
      throw new RuleDefinitionError(`"channels[${i}]" must be one of ${CHANNELS.join(', ')}`, [
        'channels',
        i,
      ]);
    }
  });
  const when = optionalString(def, 'when') ?? 'always';
  if (!isCondition(when)) {
    const known = Object.keys(CONDITIONS);
    throw new RuleDefinitionError(
      `"when" must be one of ${known.join(', ')}${didYouMean(when, known)}`,
      ['when'],
    );
  }
  const at = optionalString(def, 'at') ?? 'greeting';
  if (!(ANCHORS as readonly string[]).includes(at)) {
    throw new RuleDefinitionError(`"at" must be one of ${ANCHORS.join(', ')}`, ['at']);
  }
  const suggestion = optionalString(def, 'suggestion');
  return {
    ...meta,
    check(reply, context) {
      if (channels.length && !channels.includes(reply.draft.channel)) return;
      if (reply.text.trim() === '' || isFragment(reply)) return;
      if (!CONDITIONS[when](reply)) return;
      if (moves.some((id) => hasMove(reply, id))) return;
      const span = anchorOf(reply, at);
      if (!span) return;
      const match = reply.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
      const data: Record<string, string> = {
        topic: reply.customer?.topic ?? 'this',
        name: reply.knownName?.split(/\s+/)[0] ?? 'there',
        who: whoIsAsking(reply),
        lead: leadOf(match),
      };
      context.report({
        span,
        data,
        ...(suggestion && { suggestions: [{ text: fill(suggestion, { ...data, match }) }] }),
      });
    },
  };
}

function anchorOf(reply: Reply, at: string): Span | undefined {
  if (at === 'start') return openingSpan(reply);
  if (at === 'end') return closingSpan(reply);
  const first = reply.words.find((w) => !reply.isQuoted(w.span));
  return reply.greeting?.span ?? first?.span;
}

function readMoves(def: Definition): string[] {
  const value = def.move;
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0) {
    throw new RuleDefinitionError('"move" is required: a move id or a list of them', ['move']);
  }
  const known = MOVES.map((m) => m.id);
  list.forEach((id, i) => {
    if (typeof id !== 'string' || !known.includes(id)) {
      throw new RuleDefinitionError(
        `unknown move "${String(id)}"${didYouMean(String(id), known)} (moves: ${known.join(', ')})`,
        typeof value === 'string' ? ['move'] : ['move', i],
      );
    }
  });
  return list as string[];
}

/** The first words of a sentence, to point at it in a hint: "I have reset your password…". */
function leadOf(sentence: string): string {
  const words = sentence.split(' ');
  return words.length <= 6 ? sentence : `${words.slice(0, 5).join(' ')}…`;
}

function fill(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => data[key] ?? whole);
}
