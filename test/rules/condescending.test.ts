import { describe, expect, it } from 'vitest';
import { applySuggestion, findings, matches } from './helpers.js';

describe('condescending', () => {
  it('suggests the bare verb for "simply"', async () => {
    expect(await matches('condescending', 'Simply click the link.')).toEqual([
      { excerpt: 'Simply click', suggestions: ['Click'] },
    ]);
    expect(await matches('condescending', 'You can simply log in.')).toEqual([
      { excerpt: 'simply log', suggestions: ['log'] },
    ]);
  });

  it('drops "as I already said" cleanly at the start and at the end of a sentence', async () => {
    const start = 'As I already said, the refund takes five days.';
    const [a] = await findings('condescending', start);
    expect(a?.message).toBe('"As I already said" talks down to the customer.');
    expect(applySuggestion(start, a as never)).toBe('The refund takes five days.');
    const end = 'The refund takes five days, as I said.';
    const [b] = await findings('condescending', end);
    expect(applySuggestion(end, b as never)).toBe('The refund takes five days.');
  });
});
