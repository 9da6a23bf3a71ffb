import { closingSpan, openingSpan } from '../../analysis/anchors.js';
import { hasMove, MOVES } from '../../analysis/moves.js';
import { CONDITIONS, isCondition, whoIsAsking } from '../../analysis/needs.js';
import { isFragment } from '../../analysis/thread.js';
import { didYouMean } from '../../util/suggest.js';
import type { Rule } from '../rule.js';
import { type Definition, optionalString, RuleDefinitionError, readMeta } from './definition.js';

/**
 * `kind: move` — fires once when the reply makes none of the named moves
 * (src/analysis/moves.ts) and the situation calls for one (`when`: always,
 * upset, request). Stays quiet on a fragment (one part of a thread, a
 * truncated tweet, a chat turn under 10 words): the move may be in a part we
 * don't see. The finding
 * points at the reply's first sentence (`at: start`) or last (`at: end`);
 * `{{topic}}`, `{{name}}`, `{{who}}` and `{{lead}}` (the sentence's first words)
 * fill in the message, hint and the optional `suggestion` (replacement text for
 * that sentence, which is `{{match}}`).
 */
export function moveRule(def: Definition): Rule {
  const meta = readMeta(def, ['move', 'when', 'at', 'suggestion']);
  const moves = readMoves(def);
  const when = optionalString(def, 'when') ?? 'always';
  if (!isCondition(when)) {
    throw new RuleDefinitionError(
      `"when" must be one of ${Object.keys(CONDITIONS).join(', ')}${didYouMean(when, Object.keys(CONDITIONS))}`,
      ['when'],
    );
  }
  const at = optionalString(def, 'at') ?? 'start';
  if (at !== 'start' && at !== 'end') {
    throw new RuleDefinitionError('"at" must be start or end', ['at']);
  }
  const suggestion = optionalString(def, 'suggestion');
  return {
    ...meta,
    check(reply, context) {
      if (reply.text.trim() === '' || isFragment(reply)) return;
      if (!CONDITIONS[when](reply)) return;
      if (moves.some((id) => hasMove(reply, id))) return;
      const span = at === 'start' ? openingSpan(reply) : closingSpan(reply);
      const data: Record<string, string> = {
        topic: reply.customer?.topic ?? 'this',
        name: reply.knownName?.split(/\s+/)[0] ?? 'there',
        who: whoIsAsking(reply),
      };
      const match = reply.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
      data.lead = leadOf(match);
      context.report({
        span,
        data,
        ...(suggestion && {
          suggestions: [{ text: fill(suggestion, { ...data, match }) }],
        }),
      });
    },
  };
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
        `unknown move "${String(id)}"${didYouMean(String(id), known) || ` (one of: ${known.join(', ')})`}`,
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
