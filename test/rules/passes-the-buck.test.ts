import { describe, expect, it } from 'vitest';
import { matches } from './helpers.js';

describe('passes-the-buck', () => {
  it('covers who they are sent to', async () => {
    expect(await matches('passes-the-buck', "You'll have to contact your bank about it.")).toEqual([
      { excerpt: "You'll have to contact your bank" },
    ]);
  });

  it('accepts a handoff the reply owns, but never a refusal', async () => {
    expect(
      await matches(
        'passes-the-buck',
        'Please contact your bank. I have also emailed them the refund reference.',
      ),
    ).toEqual([]);
    expect(
      await matches('passes-the-buck', "That's not my department, but I have emailed billing."),
    ).toEqual([{ excerpt: "That's not my department" }]);
  });
});
