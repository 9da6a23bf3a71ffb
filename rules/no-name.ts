import { defineRule } from '../src/engine/rule.js';

/**
 * Fires when the reply never addresses the customer by name. With a known
 * name (--name, config, the context's signature) the reply must contain it;
 * otherwise a greeting or an address that names a person counts.
 */
export default defineRule({
  id: 'no-name',
  category: 'listen',
  severity: 'warning',
  weight: 8,
  description: "Never uses the customer's name.",
  rationale:
    'Using the name tells the customer a person read their message, not a queue. ' +
    'It is the cheapest signal of attention there is, and its absence makes a reply read like a form letter.',
  message: "The reply never uses the customer's name.",
  hint: 'Greet them by name: "Hi Dana,".',
  examples: {
    fires: [
      'Hello, your ticket has been updated and the refund is on its way.',
      'Hi there,\n\nThanks for getting in touch. I have refunded the delivery fee.',
      'Dear customer, we have received your request.',
      'Dear valued customer,\nYour replacement ships today.',
      'Thanks for reaching out! I have reset your password.',
      { text: 'Hi Dan, your refund is on its way.', name: 'Dana Whitfield' },
      { text: 'Hello,\n\nThe courier will collect the oven tomorrow.', name: 'Priya' },
      'Good morning,\n\nI have moved your booking to Friday.\n\nBest,\nSam',
      'Hey! We have fixed the login issue on our side.',
      'Thanks for your patience. I have credited your account.\n\nKind regards,\nMaria',
      'We are sorry your order is late. Please DM us your order number. -Becky',
    ],
    passes: [
      'Hi Dana,\n\nThanks for letting us know. Your refund is on its way.',
      'Dear Mr. Okafor,\n\nI have rebooked your flight for Friday.',
      { text: 'Dear Ms Whitfield,\n\nYour replacement ships today.', name: 'Dana Whitfield' },
      { text: 'Thanks for waiting, Dana. The refund is done.', name: 'Dana Whitfield' },
      'Thanks for your patience, Priya. I have credited your account.',
      'Hello, Josh! I have reset your password.',
      'Sorry to hear that, Davina. The new part ships tomorrow.',
      'Hey Lili, we are aware and working on it.',
      'Hi Sreejit, we have no news yet, but I will update you by 5 pm.',
      "We're sorry your order is late, Heather! A new driver is on the way.",
      'Thanks Ange. I have asked the team to check the train.',
    ],
  },
  check(reply, context) {
    if (reply.nameUses.length > 0) return;
    const known = reply.knownName?.trim().split(/\s+/)[0];
    const greeting = reply.greeting;
    const span = greeting?.span ?? firstWordSpan(reply.text);
    const message = known
      ? `The reply never uses the customer's name (${known}).`
      : "The reply never uses the customer's name.";
    if (greeting && known) {
      context.report({
        span,
        message,
        hint: `Greet them by name: "${greeting.salutation} ${known},".`,
        suggestions: [{ text: `${greeting.salutation} ${known}` }],
      });
      return;
    }
    context.report({
      span,
      message,
      hint: greeting
        ? `Add their name to the greeting: "${greeting.salutation} <name>,".`
        : 'Open with their name: "Hi <name>,".',
    });
  },
});

function firstWordSpan(text: string): { start: number; end: number } {
  const match = /\S+/.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : { start: 0, end: 0 };
}
