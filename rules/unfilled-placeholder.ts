import { defineRule } from '../src/engine/rule.js';

/**
 * Fires on a reply (not a template) that still holds a placeholder: a helpdesk
 * variable ("{{first_name}}") or a fill-in marker ("[Customer Name]", "XXX").
 * Placeholders are found when the draft is read (src/sources/placeholders.ts);
 * an unfilled name placeholder is this finding, not `no-name`.
 */
export default defineRule({
  id: 'unfilled-placeholder',
  category: 'template',
  severity: 'error',
  weight: 30,
  description: 'A reply still holds a placeholder or fill-in marker.',
  rationale:
    'A reply that says "Hi [Customer Name]" or "your order XXXX" tells the customer they got a form letter ' +
    'nobody read. It costs more trust than any wording, and it is always a slip, never a choice.',
  message: 'The reply still holds a placeholder: "{{placeholder}}".',
  hint: 'Replace "{{placeholder}}" with the real value before sending.',
  examples: {
    fires: [
      'Hi [Customer Name],\n\nYour refund is on its way.',
      'Hi {{first_name}}, thanks for waiting. Your order has shipped.',
      'Dear {customer_name}, we have refunded the delivery fee.',
      'Hello %FIRSTNAME%, your replacement ships today.',
      'Hi <NAME>, I have reset your password for you.',
      'Hi Dana, your tracking number is XXXX and the parcel ships today.',
      'Hi Dana, the courier will collect the oven on TBD between 8 and 12.',
      'Hi Dana, I have credited [AMOUNT] to your account.',
      'Hi {{ticket.requester.first_name}}, your ticket is solved.',
      'Hi Dana, your order [insert order number] is on its way.',
      'Hi {%customer.firstName%}, thanks for writing in.',
      'Hi Dana,\n\nThanks for waiting. It is fixed.\n\nBest,\n{{current_user.first_name}}',
    ],
    passes: [
      'Hi Dana, your refund is on its way.',
      'Hi Dana, the new date is still TBD, and I will update you by Friday.',
      'Hi Dana, see section [1] of the guide for the steps.',
      'Hi Dana, the XL size is back in stock.',
      'Hi Dana, we are 100% sure the refund went out; 20% of it was the delivery fee.',
      'Hi Dana, click [here] to reset your password.',
      {
        text: 'Hi {{ticket.requester.first_name}}, your ticket is solved.',
        kind: 'template',
      },
      'Hi Dana, open the menu and choose [Task Manager].',
      'Dear Mr. Okafor, <b>your</b> flight is rebooked.',
      'Email us at <help@example.com> any time, Dana.',
      'Hi Dana, the item is XXL, so I have swapped it for the L.',
      'Hi Dana, here is the search: https://shop.example/search?q=caf%C3%A9%20au%20lait',
      { text: 'Hi Dana, your order [ORDER NUMBER] ships today.', kind: 'template' },
    ],
  },
  check(reply, context) {
    if (reply.draft.kind !== 'reply') return;
    for (const p of reply.draft.placeholders ?? []) {
      const written = p.text ?? p.variable;
      context.report({
        span: p.span,
        data: { placeholder: written },
        ...(p.kind === 'name' && {
          hint: `Write the customer's name instead of "${written}".`,
        }),
      });
    }
  },
});
