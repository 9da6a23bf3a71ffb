import { answersProblem, courtesyOnly } from './problem.js';
import type { Reply } from './reply.js';

/**
 * When a reply needs a move. With the customer's message the customer decides
 * (what they wrote, how upset they are); without it, the draft itself does.
 * - `always`: every reply (thanks).
 * - `complaint`: the customer complains or is angry or anxious; without
 *   context, the draft answers a problem (apologizes, refuses, mentions
 *   something going wrong).
 * - `upset`: the customer is angry or anxious, or something happened to them
 *   (broken, late, lost, charged twice, cancelled); a neutral question does not
 *   count. Without context, as `complaint`.
 * - `request`: the customer asks for something or complains; without context,
 *   any reply that is more than a courtesy ("glad it's sorted!").
 */
export const CONDITIONS = {
  always: () => true,
  complaint: (reply: Reply) => (reply.customer ? reply.customer.complains : answersProblem(reply)),
  upset: (reply: Reply) =>
    reply.customer
      ? reply.customer.state !== 'neutral' || reply.customer.harmed
      : answersProblem(reply),
  request: (reply: Reply) => (reply.customer ? reply.customer.asks : !courtesyOnly(reply)),
} as const satisfies Record<string, (reply: Reply) => boolean>;

export type Condition = keyof typeof CONDITIONS;

export function isCondition(value: string): value is Condition {
  return Object.hasOwn(CONDITIONS, value);
}

/** How the customer's situation reads, for messages: "an angry customer", "a problem". */
export function whoIsAsking(reply: Reply): string {
  const customer = reply.customer;
  if (!customer) return 'a problem';
  if (customer.state === 'angry') return 'an angry customer';
  if (customer.state === 'anxious') return 'an anxious customer';
  return customer.complains ? "the customer's problem" : "the customer's message";
}
