import { defineRule } from '../src/engine/rule.js';
import { placeholderProblem } from '../src/sources/helpdesks.js';

/**
 * Fires on a template placeholder the helpdesk will not fill in as meant:
 * unbalanced braces, another helpdesk's variable or syntax, or a name that
 * renders blank when missing ("Hi ,") written without a fallback. The
 * helpdesk comes from the collection's shape, config, or the template's own
 * placeholders when they agree on one.
 */
export default defineRule({
  id: 'broken-placeholder',
  category: 'template',
  severity: 'error',
  weight: 20,
  description: 'A template placeholder is malformed, unknown to the helpdesk, or has no fallback.',
  rationale:
    'A placeholder the helpdesk cannot fill reaches the customer raw ("{{ticket.requester.firstname}}") ' +
    'or empty ("Hi ,"). Every reply sent from that macro carries the mistake, so it is worth catching ' +
    'in the repository before anyone uses it.',
  message: 'Broken placeholder "{{placeholder}}".',
  hint: 'Fix the placeholder so the helpdesk fills it in.',
  examples: {
    fires: [
      {
        text: 'Hi {{ticket.requester.first_name},\n\nYour refund is on its way.',
        kind: 'template',
      },
      { text: 'Hi {ticket.requester.first_name}}, your order has shipped.', kind: 'template' },
      { text: 'Hi {{ticket.requester.first_name}}}, your order has shipped.', kind: 'template' },
      {
        text: 'Hi {{ticket.requester.first_name}}, ticket {{ticket.idd}} is solved.',
        kind: 'template',
      },
      { text: 'Hi {%customer.firstName%}, thanks for writing in.', kind: 'template' },
      { text: 'Hi {%customer.firstName,fallback=%}, thanks for writing in.', kind: 'template' },
      {
        text: 'Hi <attribute key="first_name"/>, your order is ready.',
        kind: 'template',
      },
      {
        text: 'Hi {{ticket.customer.firstname}}, your order {{ticket.id}} ships today {{ticket.customer.emial}}.',
        kind: 'template',
      },
      { text: 'Hi {%customer.firstName, your order has shipped.', kind: 'template' },
      {
        text: 'Hi {{recipient.first_name}}, I have passed this to {{user.frist_name}}.',
        kind: 'template',
      },
      {
        text: 'Hi {{ticket.requester.first_name}}, your ticket {ticket.id} is solved.',
        kind: 'template',
      },
    ],
    passes: [
      { text: 'Hi {{ticket.requester.first_name}}, your ticket is solved.', kind: 'template' },
      {
        text: 'Hi {%customer.firstName,fallback=there%}, thanks for writing in.',
        kind: 'template',
      },
      {
        text: 'Hi <attribute key="first_name" default="there"/>, your order is ready.',
        kind: 'template',
      },
      { text: 'Hi {{first_name | fallback: "there"}}, your order is ready.', kind: 'template' },
      {
        text: 'Hi {{ticket.requester.firstname}}, ticket {{ticket.id}} is closed.',
        kind: 'template',
      },
      { text: 'Hi {{ticket.customer.firstname}}, your order has shipped.', kind: 'template' },
      { text: 'Hi {{recipient.first_name}}, thanks for waiting.', kind: 'template' },
      {
        text: '{% if ticket.requester.first_name %}Hi {{ticket.requester.first_name}},{% else %}Hi there,{% endif %}\n\nYour ticket is solved.',
        kind: 'template',
      },
      { text: 'Hi [Customer Name], your order [ORDER NUMBER] ships today.', kind: 'template' },
      'Hi {{ticket.requester.first_name}, your ticket is solved.',
      { text: 'Hi {{ contact.firstname }}, your renewal is confirmed.', kind: 'template' },
    ],
  },
  check(reply, context) {
    if (reply.draft.kind !== 'template') return;
    for (const p of reply.draft.placeholders ?? []) {
      const problem = placeholderProblem(p, reply.draft.helpdesk);
      if (!problem) continue;
      context.report({
        span: p.span,
        message: problem.message,
        hint: problem.hint,
        data: { placeholder: p.text ?? p.variable },
      });
    }
  },
});
