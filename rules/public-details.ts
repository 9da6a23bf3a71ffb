import { privateDetails } from '../src/analysis/private-details.js';
import { defineRule } from '../src/engine/rule.js';

/**
 * On social (--channel social) only: fires when the public reply asks the
 * customer to post private details, or posts them itself.
 */
export default defineRule({
  id: 'public-details',
  category: 'clarity',
  severity: 'warning',
  weight: 20,
  description: 'On a public social channel, asks for or reveals private details.',
  rationale:
    'A public reply is read by everyone who follows the thread. Asking the customer to post their order number, ' +
    'email, phone number or address there exposes them (and teaches them to do it again); posting those details ' +
    'yourself is worse. Move the conversation to a private message. The rule applies only to --channel social. ' +
    'It flags requests for order, account, booking or tracking numbers, email, phone, address, card digits, date ' +
    'of birth or passwords, unless the same sentence or the next one sends them to a DM, private message, link or ' +
    "form; and it flags order numbers, the customer's email or phone number, and street addresses in the reply.",
  message: '{{verb}} {{detail}} in a public reply.',
  hint: 'Move it to a private message. {{advice}}',
  examples: {
    fires: [
      {
        text: '@dana_w Sorry about that! Can you reply with your order number?',
        channel: 'social',
      },
      { text: "@dana_w What's your email address? We'll look it up.", channel: 'social' },
      { text: '@dana_w Please tweet us your full name and phone number.', channel: 'social' },
      {
        text: "@dana_w Your order #4418812 shipped today; it's with the courier.",
        channel: 'social',
      },
      {
        text: '@dana_w We have sent it to dana.w@example.com, please check your spam.',
        channel: 'social',
      },
      {
        text: '@dana_w The driver will be at your address, 12 High Street, by noon.',
        channel: 'social',
      },
      { text: '@dana_w Can you confirm the postcode for delivery?', channel: 'social' },
      { text: '@dana_w Please send the booking reference so we can check.', channel: 'social' },
      { text: '@dana_w We will call you on your mobile 07700 900123 at 3 pm.', channel: 'social' },
      { text: '@dana_w Booking ABC12345 is confirmed for Friday.', channel: 'social' },
    ],
    passes: [
      { text: '@dana_w Sorry about that! Can you DM us your order number?', channel: 'social' },
      {
        text: '@dana_w Please send us a private message with your email address.',
        channel: 'social',
      },
      {
        text: "@dana_w We'd love to help, could you pop us a DM with your email or order number?",
        channel: 'social',
      },
      {
        text: '@dana_w Please contact us via https://example.com/help with your account number.',
        channel: 'social',
      },
      { text: '@dana_w You can reach our team on 0344 556 5650 from 8 am.', channel: 'social' },
      { text: 'Can you reply with your order number?', channel: 'email' },
      { text: 'Your order #4418812 shipped today.', channel: 'chat' },
      {
        text: '@dana_w For your protection, please do not share account numbers here. DM us instead.',
        channel: 'social',
      },
      { text: '@dana_w Flight 6353 is set to depart at 8 pm.', channel: 'social' },
      { text: '@dana_w Email us at help@example.com and we will sort it.', channel: 'social' },
    ],
  },
  check(reply, context) {
    if (reply.draft.channel !== 'social') return;
    for (const d of privateDetails(reply)) {
      const asks = d.kind === 'asks';
      context.report({
        span: d.span,
        data: {
          verb: asks ? 'Asks for the' : 'Shows the',
          detail: d.detail,
          advice: asks
            ? `"Could you DM us your ${d.detail}? We'll take it from there."`
            : `Don't post the ${d.detail} here: "We've sent the details to you by DM."`,
        },
      });
    }
  },
});
