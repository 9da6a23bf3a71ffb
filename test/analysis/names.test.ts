import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../src/analysis/nlp.js';
import { Reply } from '../../src/analysis/reply.js';
import { draftsFromText } from '../../src/sources/index.js';

beforeAll(async () => {
  await loadNlp();
});

function uses(text: string, name?: string): string[] {
  const [draft] = draftsFromText('t.txt', text, {
    channel: 'email',
    kind: 'reply',
    ...(name && { name }),
  });
  if (!draft) throw new Error('no draft');
  return new Reply(draft).nameUses.map((u) => `${u.via}:${u.text}`);
}

describe('name uses', () => {
  it('finds names in greetings and addresses', () => {
    expect(uses('Hi Dana,\nThanks.')).toEqual(['greeting:Dana']);
    expect(uses('Sorry to hear that, Davina. A new part ships today.')).toEqual([
      'vocative:Davina',
    ]);
    expect(uses('Thanks Ange. I have asked the team.')).toEqual(['vocative:Ange']);
  });

  it('does not take the agent’s sign-off, places or common words for the customer’s name', () => {
    expect(uses('Thanks for waiting.\n\nBest,\nSam')).toEqual([]);
    expect(uses('We ship to Canada, Mexico.')).toEqual([]);
    expect(uses('Please DM us, Thanks!')).toEqual([]);
    expect(uses('It is fixed. -Becky')).toEqual([]);
  });

  it('with a known name, needs that name (first name, or title and surname)', () => {
    expect(uses('Hi Dan, it is done.', 'Dana Whitfield')).toEqual([]);
    expect(uses('Dear Ms Whitfield, it is done.', 'Dana Whitfield')).toEqual([
      'known-name:Ms Whitfield',
    ]);
    expect(uses('Thanks, Dana!', 'Dana Whitfield')).toEqual(['known-name:Dana']);
  });

  it('ignores names inside quoted text', () => {
    expect(uses('You wrote "thanks, Bob." and we agree.')).toEqual([]);
  });
});
