import type { Span } from '../types.js';
import type { Reply } from './reply.js';

/**
 * The good moves of de-escalation a reply makes. Present moves are reported
 * as strengths; the "missing" rules (no-thanks, no-empathy, …) fire on absent ones.
 */
export interface MoveDetector {
  id: string;
  /** Shown as a strength. */
  label: string;
  detect(reply: Reply): Span[];
}

export const MOVES: MoveDetector[] = [
  {
    id: 'uses-name',
    label: "uses the customer's name",
    detect: (reply) => reply.nameUses.map((u) => u.span),
  },
];

const cache = new WeakMap<Reply, Map<string, Span[]>>();

/** Spans where the reply makes the move (computed once per reply). */
export function moveSpans(reply: Reply, id: string): Span[] {
  let moves = cache.get(reply);
  if (!moves) {
    moves = new Map();
    cache.set(reply, moves);
  }
  let spans = moves.get(id);
  if (!spans) {
    const detector = MOVES.find((m) => m.id === id);
    if (!detector) throw new Error(`internal: unknown move "${id}"`);
    spans = detector.detect(reply);
    moves.set(id, spans);
  }
  return spans;
}

export function hasMove(reply: Reply, id: string): boolean {
  return moveSpans(reply, id).length > 0;
}

/** Ids of the moves the reply makes, in catalogue order. */
export function strengthsOf(reply: Reply): string[] {
  return MOVES.filter((m) => hasMove(reply, m.id)).map((m) => m.id);
}
