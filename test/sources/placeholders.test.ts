import { describe, expect, it } from 'vitest';
import { inferHelpdesk, isNameVariable, placeholderProblem } from '../../src/sources/helpdesks.js';
import { draftsFromText } from '../../src/sources/index.js';
import { findPlaceholders } from '../../src/sources/placeholders.js';

const found = (text: string) =>
  findPlaceholders(text).map((p) => [
    p.text,
    p.syntax,
    p.variable,
    p.kind,
    p.fallback ?? null,
    p.malformed ?? null,
  ]);

describe('findPlaceholders', () => {
  it.each([
    [
      '{{ticket.requester.first_name}}',
      'double-brace',
      'ticket.requester.first_name',
      'name',
      null,
    ],
    ["{{user.name | fallback: 'there'}}", 'double-brace', 'user.name', 'name', 'there'],
    [
      '{{ ticket.requester.name | default: "friend" }}',
      'double-brace',
      'ticket.requester.name',
      'name',
      'friend',
    ],
    ['{{ contact.firstname }}', 'double-brace', 'contact.firstname', 'name', null],
    ['{{ticket.id}}', 'double-brace', 'ticket.id', 'other', null],
    ['{{current_user.first_name}}', 'double-brace', 'current_user.first_name', 'other', null],
    [
      '{%customer.firstName,fallback=there%}',
      'percent-brace',
      'customer.firstName',
      'name',
      'there',
    ],
    ['{% if ticket.requester.first_name %}', 'liquid-tag', 'if', 'other', null],
    [
      '<attribute key="first_name" default="there"/>',
      'intercom-attribute',
      'first_name',
      'name',
      'there',
    ],
    ['{!Contact.FirstName}', 'salesforce', 'Contact.FirstName', 'name', null],
    ['*|FNAME|*', 'mailchimp', 'FNAME', 'name', null],
    ['{customer_name}', 'single-brace', 'customer_name', 'name', null],
    ['%FIRSTNAME%', 'percent', 'FIRSTNAME', 'name', null],
    ['<NAME>', 'angle', 'NAME', 'name', null],
    ['[Customer Name]', 'bracket', 'Customer Name', 'name', null],
    ['[Agent Name]', 'bracket', 'Agent Name', 'other', null],
    ['[insert tracking link]', 'bracket', 'insert tracking link', 'other', null],
    ['XXXX', 'marker', 'XXX', 'other', null],
    ['TBD', 'marker', 'TBD', 'other', null],
  ])('%s', (text, syntax, variable, kind, fallback) => {
    expect(found(`Hi ${text}, thanks.`)).toEqual([[text, syntax, variable, kind, fallback, null]]);
  });

  it.each([
    ['{{ticket.requester.first_name}', 'no closing }}'],
    ['{ticket.requester.first_name}}', 'no opening {{'],
    ['{{ticket.requester.first_name}}}', 'one closing brace too many'],
    ['{%customer.firstName', 'no closing %}'],
  ])('marks %s as malformed', (text, problem) => {
    expect(findPlaceholders(`Hi ${text}, thanks.`)[0]).toMatchObject({ text, malformed: problem });
  });

  it.each([
    'The date is still TBD.',
    'Press [Save] then [Task Manager].',
    'See [1] and [the docs](https://x).',
    'It is 100% done, 20% off.',
    'Use the XL or XXL size.',
    'Email <help@example.com>, <b>bold</b>.',
    'A {} brace and a lone } brace.',
  ])('finds nothing in %j', (text) => {
    expect(findPlaceholders(text)).toEqual([]);
  });
});

describe('helpdesk knowledge', () => {
  it('tells the customer from the agent, per helpdesk', () => {
    expect(isNameVariable('user.first_name', 'intercom')).toBe(true);
    expect(isNameVariable('user.first_name', 'front')).toBe(false);
    expect(isNameVariable('recipient.first_name', 'front')).toBe(true);
    expect(isNameVariable('ticket.assignee.name')).toBe(false);
    expect(isNameVariable('ticket.requester.email')).toBe(false);
  });

  it('infers the helpdesk only when one knows the most placeholders', () => {
    const p = (variable: string) => ({ syntax: 'double-brace' as const, variable });
    expect(inferHelpdesk([p('ticket.requester.first_name'), p('ticket.id')])).toBe('zendesk');
    expect(inferHelpdesk([p('ticket.requester.firstname')])).toBe('freshdesk');
    expect(inferHelpdesk([p('ticket.requester.name')])).toBeUndefined();
    expect(inferHelpdesk([{ syntax: 'percent-brace', variable: 'customer.firstName' }])).toBe(
      'helpscout',
    );
  });

  it('explains what is wrong with a placeholder', () => {
    const zd = {
      syntax: 'double-brace' as const,
      variable: 'ticket.requester.firstname',
      kind: 'name' as const,
      text: '{{ticket.requester.firstname}}',
    };
    expect(placeholderProblem(zd, 'zendesk')?.message).toBe(
      '"{{ticket.requester.firstname}}" is not a zendesk placeholder (did you mean "ticket.requester.first_name"?).',
    );
    expect(placeholderProblem(zd, 'freshdesk')).toBeUndefined();
    expect(
      placeholderProblem(
        { ...zd, variable: 'customer.firstName', syntax: 'percent-brace' },
        'helpscout',
      )?.message,
    ).toMatch(/no fallback/);
    expect(
      placeholderProblem({ ...zd, syntax: 'bracket', variable: 'Customer Name' }, 'zendesk'),
    ).toBeUndefined();
  });
});

describe('placeholders in drafts', () => {
  it('are blanked in the text and recorded, so the name counts as used', () => {
    const [draft] = draftsFromText('a.txt', 'Hi {{ticket.requester.first_name}}, per our policy.', {
      channel: 'email',
      kind: 'template',
    });
    expect(draft?.text).toBe(`Hi ${' '.repeat(31)}, per our policy.`);
    expect(draft?.helpdesk).toBe('zendesk');
    expect(draft?.placeholders?.[0]).toMatchObject({ kind: 'name', span: { start: 3, end: 34 } });
  });
});

describe('placeholders and the name rule', () => {
  it('in a reply, an unfilled name placeholder is unfilled-placeholder, not no-name', async () => {
    const { lintText } = await import('../../src/lint.js');
    const [result] = await lintText('Hi [Customer Name],\n\nYour refund is on its way.', {
      useConfigFiles: false,
    });
    const ids = result?.findings.map((f) => f.ruleId);
    expect(ids).toContain('unfilled-placeholder');
    expect(ids).not.toContain('no-name');
    expect(result?.findings.find((f) => f.ruleId === 'unfilled-placeholder')).toMatchObject({
      line: 1,
      column: 4,
      endColumn: 19,
      message: 'The reply still holds a placeholder: "[Customer Name]".',
    });
  });

  it('placeholders never trigger tone rules', async () => {
    const { lintText } = await import('../../src/lint.js');
    const [result] = await lintText(
      // Thanks and a next step keep the missing-move rules out of it.
      'Hi Dana, thanks for asking: {{ order.note | default: "Per our policy, no" }} is attached. I have sent it today.',
      {
        useConfigFiles: false,
      },
    );
    expect(result?.findings.map((f) => f.ruleId)).toEqual(['unfilled-placeholder']);
  });
});
