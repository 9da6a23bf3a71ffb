import { describe, expect, it } from 'vitest';
import { applySuggestion, findings, matches } from './helpers.js';

describe('robotic', () => {
  it('suggests dropping a canned opener and capitalizes what follows', async () => {
    const text = 'Please be advised that your order has been cancelled.';
    const [finding] = await findings('robotic', text);
    expect(finding?.message).toBe(
      '"Please be advised that" is canned phrasing; it reads like a form letter.',
    );
    expect(applySuggestion(text, finding as never)).toBe('Your order has been cancelled.');
  });

  it('drops a canned phrase in the middle of a sentence with its comma', async () => {
    const text = 'Your refund, kindly note, takes five days.';
    const [finding] = await findings('robotic', text);
    expect(applySuggestion(text, finding as never)).toBe('Your refund, takes five days.');
  });

  it('greets by name when the name is known', async () => {
    expect(
      await matches('robotic', 'Dear valued customer,\nYour order shipped.', {
        name: 'Dana Whitfield',
      }),
    ).toEqual([{ excerpt: 'Dear valued customer', suggestions: ['Hi Dana'] }]);
    expect(await matches('robotic', 'Dear customer, your order shipped.')).toEqual([
      { excerpt: 'Dear customer', suggestions: ['Hi'] },
    ]);
  });

  it('rephrases where dropping would lose meaning', async () => {
    expect(await matches('robotic', 'We regret to inform you that it is sold out.')).toEqual([
      { excerpt: 'We regret to inform you that', suggestions: ["I'm afraid"] },
    ]);
  });
});
