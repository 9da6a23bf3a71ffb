import { acknowledgement } from '../src/analysis/acknowledgement.js';
import { openingSpan } from '../src/analysis/anchors.js';
import { answersProblem } from '../src/analysis/problem.js';
import { isFragment } from '../src/analysis/thread.js';
import { defineRule } from '../src/engine/rule.js';

/**
 * Fires when the reply never shows it took in the customer's problem. With
 * their message (--context): the reply shares none of its key words or their
 * lemmas and synonyms ("I understand" alone is not enough). Without it: the
 * draft answers a problem but has no acknowledging phrase or specific apology.
 */
export default defineRule({
  id: 'no-acknowledgement',
  category: 'listen',
  severity: 'warning',
  weight: 14,
  description: "Never restates or acknowledges the customer's problem.",
  rationale:
    'A customer who cannot tell that their message was read assumes a canned reply and escalates. ' +
    'Restating the problem in your own words ("So your expedited order still hasn\'t arrived…") proves you read it. ' +
    "With the customer's message (--context), the reply must repeat or paraphrase at least one of its key words " +
    '(nouns, verbs, problem words like "broken" or "late", order and flight numbers, compared by lemma and common ' +
    'support synonyms: parcel/package, broken/damaged); "I understand" alone is not enough. A message too short to ' +
    'restate ("I just did.") is not judged. Without context, a draft that answers a problem must acknowledge it ' +
    '("I understand", "sorry to hear", "thanks for flagging", "I\'m sorry your order is late", "we got this wrong"). ' +
    'Quiet on one part of a thread and on chat turns under 10 words ("sure! let me check that").',
  message: "The reply never acknowledges the customer's problem.",
  hint: 'Open by restating their problem in your own words: "So your order still hasn\'t arrived, and…".',
  examples: {
    fires: [
      {
        text: 'Your refund has been processed.',
        context:
          'My oven was supposed to arrive on Monday with express delivery and it came three days late with a cracked door.',
      },
      {
        text: 'I understand. Please DM us and we will take a look. ^JB',
        context: '@shop my parcel is two weeks late and the tracking page is broken',
        channel: 'social',
      },
      {
        text: 'We apologize for the inconvenience. I will be glad to assist you.',
        context: 'Why should I pay $171 per month when the picture freezes every single evening?',
      },
      'We apologize for any inconvenience this may have caused. Please contact us on 0800 123 456.',
      'Sorry for any confusion! DM us the details so we can help.',
      {
        text: 'Hello, thank you for following up with us. A case manager will be in touch.',
        context: 'The credit from my cancelled booking still is not showing on my card statement.',
      },
      'We regret any inconvenience. The matter has been passed to the relevant team.',
      {
        text: 'Hi Maya, thanks for reaching out! Please send a screenshot.',
        context: 'Hi, the app crashes every time I open the camera to scan a receipt. Maya',
      },
      {
        text: "We're sorry for the trouble. Someone will call you.",
        context:
          'Two of my three bags were left behind in Madrid and nobody at the airport knows where they are.',
      },
      'We can’t refund this order.',
    ],
    passes: [
      {
        text: "I'm so sorry your oven arrived late and with a cracked door. A replacement ships today.",
        context:
          'My oven was supposed to arrive on Monday with express delivery and it came three days late with a cracked door.',
      },
      {
        text: "Sorry the package still hasn't turned up! I've asked the courier to call you.",
        context: '@shop my parcel is two weeks late and the tracking page is broken',
        channel: 'social',
      },
      {
        text: 'Thanks for checking! Yes, you can still pre-order it in the console store.',
        context: 'can you still pre order ww2 on the playstation store',
      },
      {
        text: 'Thanks for your patience, the outage should be fixed by 6 pm.',
        context: 'I just did.',
      },
      "I understand how frustrating this is. I've refunded the fee.",
      'Sorry to hear that, Davina. Your flight is now set to leave at 8 pm.',
      "I'm sorry your order is running late! Please DM us your contact info.",
      'Your refund has been processed.',
      'Thanks for letting us know about the broken link; it works again now.',
      {
        text: "We've added Pointe du Hoc back to the map rotation; thanks for the heads-up!",
        context: 'fix Pointe Du Hoc please the spawn points on that map are broken',
      },
      "@dana_w We're sorry for the delay, here's what happened 1/2",
    ],
  },
  check(reply, context) {
    // One part of a thread, or a short chat turn ("sure! let me check that"), is not the whole answer.
    if (isFragment(reply)) return;
    const ack = acknowledgement(reply);
    if (!ack.judged || ack.spans.length > 0) return;
    const customer = reply.customer;
    if (customer ? !customer.complains && !customer.asks : !answersProblem(reply)) return;
    const span = openingSpan(reply);
    if (!customer) {
      context.report({ span });
      return;
    }
    const about = customer.keyTerms
      .slice(0, 3)
      .map((k) => k.text)
      .join(', ');
    context.report({
      span,
      message: `The reply never mentions what the customer wrote about (${about}).`,
      hint: `Open by restating their problem in your own words: "So ${customer.topic ?? 'your …'} …" — name what they told you about ${about}.`,
    });
  },
});
