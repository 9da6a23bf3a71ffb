import { describe, expect, it } from 'vitest';
import { findings } from './helpers.js';

describe('hedging', () => {
  it('spans the stack and names its hedges', async () => {
    const [finding] = await findings('hedging', 'I think maybe we might be able to refund it.');
    expect(finding?.excerpt).toBe('I think maybe we might');
    expect(finding?.message).toBe(
      '"I think maybe we might" stacks hedges ("I think", "maybe", "might"); the answer sounds unsure.',
    );
  });

  it('does not count hedges far apart in a long sentence, or in questions', async () => {
    expect(
      await findings(
        'hedging',
        'It might take a day or two for the bank to release the hold on your card, and then it may show.',
      ),
    ).toEqual([]);
    expect(await findings('hedging', 'Could it maybe be the router?')).toEqual([]);
  });
});
