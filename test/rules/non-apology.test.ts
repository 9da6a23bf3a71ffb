import { describe, expect, it } from 'vitest';
import { findings, matches } from './helpers.js';

describe('non-apology', () => {
  it('covers the whole apology, from its first word', async () => {
    expect(
      await matches('non-apology', 'We apologize for any inconvenience this may have caused.'),
    ).toEqual([{ excerpt: 'We apologize for any inconvenience this may have caused' }]);
    expect(
      await matches('non-apology', "Hi Dana, we're very sorry for the inconvenience."),
    ).toEqual([{ excerpt: "we're very sorry for the inconvenience" }]);
  });

  it('gives each kind of non-apology its own hint', async () => {
    const [conditional] = await findings('non-apology', 'Sorry if this caused any confusion.');
    expect(conditional?.hint).toMatch(/Drop the "if"/);
    const [but] = await findings('non-apology', "I'm sorry, but we can't.");
    expect(but?.hint).toMatch(/takes it back/);
    expect(await matches('non-apology', 'Mistakes were made.')).toEqual([
      { excerpt: 'Mistakes were made', suggestions: ['We made a mistake'] },
    ]);
  });

  it('leaves apologies for feelings to apologizes-for-feelings', async () => {
    expect(await matches('non-apology', "I'm sorry for any frustration.")).toEqual([]);
    expect(await matches('non-apology', 'Sorry if you were offended.')).toEqual([]);
  });
});
