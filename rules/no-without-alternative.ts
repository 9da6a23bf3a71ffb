import { ALTERNATIVE, someAction } from '../src/analysis/actions.js';
import { refusals } from '../src/analysis/refusals.js';
import { isPartOfThread } from '../src/analysis/thread.js';
import { defineRule } from '../src/engine/rule.js';

/**
 * Fires on a refusal ("we can't refund", "I'm afraid not") when nothing in the
 * same sentence or after it offers another way: an action, an instruction,
 * an offer or an option.
 */
export default defineRule({
  id: 'no-without-alternative',
  category: 'resolve',
  severity: 'warning',
  weight: 24,
  description: 'Says no without offering an alternative.',
  rationale:
    'A flat "no" ends the conversation on the worst possible note and leaves the customer nowhere to go but up ' +
    'the chain. Break it gently and say what you can do: another option, a partial fix, a workaround, or who ' +
    'can help and how you will connect them. The rule finds refusals ("we can\'t refund", "we are unable to", ' +
    '"I\'m afraid not", "this item isn\'t eligible") and fires when nothing in the same sentence or after it ' +
    'offers another way: an action ("I\'ve…", "I\'ll…"), an instruction ("you can…", "please contact…"), an ' +
    'offer ("I can…", "would you like…") or an option ("instead", "alternatively"). Refusals inside a condition ' +
    '("if we can\'t fix it, we\'ll replace it") and inabilities that refuse nothing ("I can\'t thank you enough") ' +
    'are not refusals. Quiet on one part of a thread.',
  message: '"{{match}}" says no without offering an alternative.',
  hint: 'After "{{match}} …", say what you can do: "…, but I can …" (another option, a workaround, or who will help and when).',
  examples: {
    fires: [
      "We can't refund this order.",
      'Unfortunately, because it has been more than 90 days, we cannot accept the return. Is there anything else I can help with?',
      "I'm afraid not, replacement taxis only go to the destination station.",
      'We would not be able to verify anything without authenticating your account.',
      'I am sorry to hear that, however we would not offer a gesture for complaints of this nature.',
      'Sale items cannot be refunded. Thanks for your understanding.',
      "Hey Jen! Unfortunately, we don't track travel funds.",
      "I'm unable to troubleshoot further since we don't have the connection to test.",
      'We are not able to change the delivery address once an order has shipped.',
      'Your claim has been declined. Kind regards, Support',
      "It's not possible to extend the voucher.",
    ],
    passes: [
      "We can't refund this order, but I can exchange it for store credit today.",
      "We can't access your account on Twitter. Please reach us here: https://example.com/help",
      'I can offer store credit instead, as we cannot refund sale items.',
      "We're not able to review account details publicly, but if you DM us your email, we can check this privately.",
      "If we can't fix it by Friday, we'll send a replacement.",
      "I can't thank you enough for your patience!",
      "The broadcaster sets the guide, so we can't change it. Unplug the router, wait two minutes, then plug it back in.",
      "HDMI mirroring isn't supported yet, but we'll share your request with the product team.",
      "We don't have access to fleet details here; someone from that team will get back to you by 5 pm.",
      "You won't be charged for the return. Drop it at any post office.",
      'Can we not just resend it? Yes, I have resent it now.',
      "@dana_w We can't refund it here, 1/2",
    ],
  },
  check(reply, context) {
    if (isPartOfThread(reply.text)) return;
    for (const refusal of refusals(reply)) {
      // Something in the refusal's sentence or after it, beside the refusal itself.
      const answered = someAction(
        reply,
        ALTERNATIVE,
        (a) =>
          a.sentence >= refusal.sentence &&
          !(a.span.start >= refusal.span.start && a.span.end <= refusal.span.end),
      );
      if (answered) continue;
      context.report({ span: refusal.span });
      return;
    }
  },
});
