import { describe, expect, it } from 'vitest';
import { matches } from './helpers.js';

describe('closed-question', () => {
  it('covers the question from its first word, after a greeting', async () => {
    expect(await matches('closed-question', 'Hi Dana, did the replacement arrive?')).toEqual([
      { excerpt: 'did the replacement arrive?' },
    ]);
  });

  it('leaves requests, offers and closings in the same reply alone', async () => {
    const text =
      'Could you send a photo? Would you like a refund? Did the box look damaged? Anything else I can help with?';
    expect(await matches('closed-question', text)).toEqual([
      { excerpt: 'Did the box look damaged?' },
    ]);
  });
});
