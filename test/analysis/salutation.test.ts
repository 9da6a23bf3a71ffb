import { describe, expect, it } from 'vitest';
import { findGreeting, findSignoff } from '../../src/analysis/salutation.js';

describe('findGreeting', () => {
  it.each([
    ['Hi Dana,\nThanks', 'Dana'],
    ['Dear Mr. Okafor,\n', 'Mr. Okafor'],
    ['Hello, Josh! I have reset it.', 'Josh'],
    ['@115776 Hi Keelin,\nSorry', 'Keelin'],
    ['Hey Lili, we are aware', 'Lili'],
  ])('finds the name in %j', (text, name) => {
    expect(findGreeting(text)?.name?.text).toBe(name);
  });

  it.each([
    'Hi there,\n',
    'Hello,\n',
    'Dear customer,\n',
    'Dear valued customer,',
    'Hi, the outage is still open.',
    'Hey! We fixed it.',
  ])('finds a greeting without a name in %j', (text) => {
    const greeting = findGreeting(text);
    expect(greeting).not.toBeNull();
    expect(greeting?.name).toBeNull();
  });

  it('finds no greeting when the reply starts with content', () => {
    expect(findGreeting('Thanks for waiting.')).toBeNull();
  });

  it('spans the salutation and the name', () => {
    const text = 'Hi Dana,\nThanks';
    const g = findGreeting(text);
    expect(g && text.slice(g.name?.span.start, g.name?.span.end)).toBe('Dana');
    expect(g && text.slice(g.span.start, g.span.end)).toMatch(/^Hi Dana/);
  });
});

describe('findSignoff', () => {
  it.each([
    ['Thanks for waiting.\n\nBest,\nSam', 'Best,\nSam'],
    [
      'Your refund is done.\n\nKind regards,\nJordan\nCustomer Care',
      'Kind regards,\nJordan\nCustomer Care',
    ],
    ['We are on it. ^JB', '^JB'],
    ['Sorry about that. -Becky', '-Becky'],
    ['Thanks - Craig', '- Craig'],
    ['If you need help please let us know. ^jv', '^jv'],
    ['Please DM us your concern. ^AC https://t.co/wKJHDXWGRQ', '^AC https://t.co/wKJHDXWGRQ'],
    ['Hopefully soon /MT', '/MT'],
  ])('finds the sign-off of %j', (text, signoff) => {
    const span = findSignoff(text);
    expect(span && text.slice(span.start, span.end)).toBe(signoff);
  });

  it('finds none in a reply that just ends', () => {
    expect(findSignoff('I have refunded the fee. It will show in 3 days.')).toBeNull();
  });
});
