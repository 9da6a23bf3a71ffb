import { hasMove, MOVES } from '../../analysis/moves.js';
import { CHANNELS } from '../../types.js';
import { didYouMean } from '../../util/suggest.js';
import type { Rule } from '../rule.js';
import {
  type Definition,
  RuleDefinitionError,
  type RuleKind,
  readMeta,
  requireString,
  stringList,
} from './definition.js';

/**
 * `kind: requires-move` — fires once when the reply does not make a move of
 * de-escalation (`move: uses-name`, see `src/analysis/moves.ts`), optionally
 * only on some `channels`. The finding points at the greeting, or the first word.
 */
export const requiresMoveKind: RuleKind = {
  required: ['move'],
  optional: ['channels'],
  build: requiresMoveRule,
};

export function requiresMoveRule(def: Definition): Rule {
  const meta = readMeta(def, requiresMoveKind);
  const move = requireString(def, 'move');
  const known = MOVES.map((m) => m.id);
  if (!known.includes(move)) {
    throw new RuleDefinitionError(
      `unknown move "${move}"${didYouMean(move, known)} (moves: ${known.join(', ')})`,
      ['move'],
    );
  }
  const channels = stringList(def, 'channels', false);
  channels.forEach((channel, i) => {
    if (!(CHANNELS as readonly string[]).includes(channel)) {
      throw new RuleDefinitionError(`"channels[${i}]" must be one of ${CHANNELS.join(', ')}`, [
        'channels',
        i,
      ]);
    }
  });
  return {
    ...meta,
    check(reply, context) {
      if (channels.length && !channels.includes(reply.draft.channel)) return;
      if (hasMove(reply, move)) return;
      const first = reply.words.find((w) => !reply.isQuoted(w.span));
      const span = reply.greeting?.span ?? first?.span;
      if (span) context.report({ span });
    },
  };
}
