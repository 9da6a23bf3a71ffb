import { describe, expect, it } from 'vitest';
import { matches } from './helpers.js';

describe('pushy', () => {
  it('starts at "you" and suggests an invitation in the case of the match', async () => {
    expect(await matches('pushy', 'You need to restart the router.')).toEqual([
      { excerpt: 'You need to', suggestions: ['Could you', 'Please'] },
    ]);
    expect(await matches('pushy', 'First, you must sign in.')).toEqual([
      { excerpt: 'you must', suggestions: ['could you', 'please'] },
    ]);
  });

  it('has no replacement for a threat', async () => {
    expect(await matches('pushy', 'Failure to do so will close the account.')).toEqual([
      { excerpt: 'Failure to do so' },
    ]);
  });

  it('leaves "we must", conditions, questions and empathy alone', async () => {
    for (const text of [
      'We must fix this for you today.',
      'If you have to cancel, reply here.',
      'Do you have to pay again? No.',
      'You must be exhausted by all this.',
    ]) {
      expect(await matches('pushy', text), text).toEqual([]);
    }
  });
});
