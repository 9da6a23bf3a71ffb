import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../src/analysis/nlp.js';
import { Reply } from '../../src/analysis/reply.js';
import { draftsFromText } from '../../src/sources/index.js';

beforeAll(async () => {
  await loadNlp();
});

function reply(text: string): Reply {
  const [draft] = draftsFromText('t.txt', text, { channel: 'email', kind: 'reply' });
  if (!draft) throw new Error('no draft');
  return new Reply(draft);
}

describe('words', () => {
  it('expands contractions and normalizes curly apostrophes, keeping the written span', () => {
    const r = reply('I’m sorry we can’t help.');
    expect(r.words.map((w) => w.norm)).toEqual(['i', 'am', 'sorry', 'we', 'can', 'not', 'help']);
    const cant = r.words.find((w) => w.norm === 'not');
    expect(cant && r.text.slice(cant.span.start, cant.span.end)).toBe('can’t');
  });

  it('keeps both readings of an ambiguous "\'s"', () => {
    const r = reply("It's done.");
    expect(r.words[1]).toMatchObject({ norm: 'is', alts: ['is', 'has'] });
  });
});

describe('sentences', () => {
  it('splits at sentence ends and at line breaks between sentences', () => {
    const r = reply('Hi Dana,\n\nThanks for waiting. Is it working?\nBest,\nSam');
    expect(r.sentences.map((s) => s.text)).toEqual([
      'Hi Dana,',
      'Thanks for waiting.',
      'Is it working?',
      'Best,',
      'Sam',
    ]);
    expect(r.sentences.map((s) => s.question)).toEqual([false, false, true, false, false]);
  });

  it('joins a sentence hard-wrapped across lines', () => {
    const r = reply('We can refund\nyou today.');
    expect(r.sentences).toHaveLength(1);
  });
});
