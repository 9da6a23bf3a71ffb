import type { Span } from '../types.js';
import { acknowledgement } from './acknowledgement.js';
import {
  admissions,
  NEXT_STEP,
  nextSteps,
  OPTION,
  options,
  ownership,
  someAction,
} from './actions.js';
import { apologies, situationApologies } from './apologies.js';
import { empathyStatements } from './empathy.js';
import { perReply } from './memo.js';
import type { Reply } from './reply.js';
import { thanksSpans } from './thanks.js';
import { committedTimes } from './times.js';

/**
 * The good moves of de-escalation a reply makes. Present moves are reported
 * as strengths; the "missing" rules (no-thanks, no-empathy, …) fire on absent ones.
 */
export interface MoveDetector {
  id: string;
  /** Shown as a strength. */
  label: string;
  /** Not a strength: a move that only counts against a "missing" rule (a flawed attempt). */
  hidden?: boolean;
  detect(reply: Reply): Span[];
  /**
   * Whether the reply makes the move, when that is cheaper to tell than where (no
   * sentence tagged when a cheap sign is there); must equal detect(reply).length > 0.
   */
  present?(reply: Reply): boolean;
}

const spans = (found: ReadonlyArray<{ span: Span }>) => found.map((f) => f.span);

/** In the catalogue's order: listen, empathize, resolve. */
export const MOVES: MoveDetector[] = [
  {
    id: 'uses-name',
    label: "uses the customer's name",
    detect: (reply) => reply.nameUses.map((u) => u.span),
  },
  { id: 'thanks', label: 'thanks the customer', detect: (reply) => thanksSpans(reply) },
  {
    id: 'acknowledges',
    label: 'acknowledges their problem',
    detect: (reply) => acknowledgement(reply).spans,
  },
  {
    id: 'apologizes',
    label: 'apologizes for the situation',
    detect: (reply) => spans(situationApologies(reply)),
  },
  { id: 'empathizes', label: 'empathizes', detect: (reply) => spans(empathyStatements(reply)) },
  { id: 'takes-ownership', label: 'takes ownership', detect: (reply) => spans(ownership(reply)) },
  {
    id: 'next-step',
    label: 'states a next step',
    detect: (reply) => spans(nextSteps(reply)),
    present: (reply) => someAction(reply, NEXT_STEP),
  },
  {
    id: 'concrete-time',
    label: 'gives a concrete time',
    detect: (reply) => spans(committedTimes(reply)),
  },
  {
    id: 'offers-options',
    label: 'offers options',
    detect: (reply) => spans(options(reply)),
    present: (reply) => someAction(reply, OPTION),
  },
  {
    // "Sorry for your frustration": an attempt at empathy, aimed wrong (apologizes-for-feelings
    // flags it); no-empathy does not pile on.
    id: 'feelings-apology',
    label: 'apologizes for their feelings',
    hidden: true,
    detect: (reply) => spans(apologies(reply).filter((a) => a.kind === 'feelings')),
  },
  {
    // "We got this wrong": owning the fault speaks to how it affected them.
    id: 'admits-fault',
    label: 'admits the fault',
    hidden: true,
    detect: (reply) => spans(admissions(reply)),
  },
];

function detectorOf(id: string): MoveDetector {
  const detector = MOVES.find((m) => m.id === id);
  if (!detector) throw new Error(`internal: unknown move "${id}"`);
  return detector;
}

const spansOfMoves = perReply(() => new Map<string, Span[]>());
const presenceOfMoves = perReply(() => new Map<string, boolean>());

/** Spans where the reply makes the move (computed once per reply). */
export function moveSpans(reply: Reply, id: string): Span[] {
  const moves = spansOfMoves(reply);
  let found = moves.get(id);
  if (!found) {
    found = detectorOf(id).detect(reply);
    moves.set(id, found);
  }
  return found;
}

/** Whether the reply makes the move (computed once per reply). */
export function hasMove(reply: Reply, id: string): boolean {
  const moves = presenceOfMoves(reply);
  let present = moves.get(id);
  if (present === undefined) {
    const detector = detectorOf(id);
    present = detector.present ? detector.present(reply) : moveSpans(reply, id).length > 0;
    moves.set(id, present);
  }
  return present;
}

/** Ids of the moves the reply makes, in catalogue order. */
export function strengthsOf(reply: Reply): string[] {
  return MOVES.filter((m) => !m.hidden && hasMove(reply, m.id)).map((m) => m.id);
}
