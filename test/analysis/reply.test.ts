import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp, type NlpTerm, type NlpView, nlp, taggerHooks } from '../../src/analysis/nlp.js';
import { compilePatterns } from '../../src/analysis/patterns.js';
import { taggingMayReshape } from '../../src/analysis/reply.js';
import { fixtureTexts } from '../helpers/built-in-patterns.js';
import { replyOf, taggerRuns } from '../helpers/reply.js';

beforeAll(async () => {
  await loadNlp();
});

const shape = (terms: readonly NlpTerm[]) =>
  terms.map((t) => [t.text, t.normal, t.machine, t.implicit, t.pre, t.post].join('|')).join(' ');

describe('taggingMayReshape', () => {
  it.each([
    ["It's on us.", true],
    ["Bob's order shipped.", true],
    ['I ain’t sure.', true],
    ["We've refunded it and we'll call you. Don't worry, I'm on it.", false],
    ['That is on us.', false],
  ])('%j → %s', (text, expected) => {
    const doc = nlp().tokenize(text) as unknown as NlpView;
    expect(doc.docs.some((terms) => taggingMayReshape(terms))).toBe(expected);
  });

  // Lazy tagging rests on this: a sentence it says no to has the same words,
  // normal forms and punctuation before and after compromise tags it.
  it('is true of every fixture sentence whose words tagging changes', () => {
    const hooks = ['id', ...taggerHooks().filter((h) => h !== 'contractions')];
    let sentences = 0;
    const missed: string[] = [];
    for (const text of fixtureTexts()) {
      const doc = nlp().tokenize(text) as unknown as NlpView;
      doc.compute(['offset', 'index']);
      for (let i = 0; i < doc.docs.length; i++) {
        const terms = doc.docs[i] ?? [];
        const before = shape(terms);
        const flagged = taggingMayReshape(terms);
        doc.eq(i).compute(hooks);
        if (!flagged && shape(doc.docs[i] ?? []) !== before) missed.push(before);
        sentences++;
      }
    }
    expect(sentences).toBeGreaterThan(500);
    expect(missed).toEqual([]);
  });
});

describe('Reply.match and tagging', () => {
  it('knows which patterns read tags', () => {
    expect(
      compilePatterns([
        '(that is|it is) on (us|me)',
        'please #Verb',
        'i {see}',
        '<Noun> is late',
        'sorry /^abou?t$/ that',
        '@hasComma but',
      ]).needsTags,
    ).toEqual([false, true, true, true, false, true]);
  });

  it('matches a words-only pattern without tagging a sentence free of contractions', async () => {
    const reply = await replyOf('That is on us. The parcel is late.');
    const [match] = reply.match(compilePatterns(['(that is|it is) on (us|me)']));
    expect(match?.terms.map((t) => t.tags.size)).toEqual([0, 0, 0, 0]);
  });

  it('tags a sentence with a contraction first, then matches it like the tagged text', async () => {
    const reply = await replyOf("It's on us.");
    const [match] = reply.match(compilePatterns(['(that is|it is) on (us|me)']));
    expect(reply.text.slice(match?.span.start, match?.span.end)).toBe("It's on us");
    expect(match?.terms.every((t) => t.tags.size > 0)).toBe(true);
  });

  it('tags a sentence as compromise tags the whole text, alone or with others', async () => {
    const text =
      "Hello,\n\nI'll email you the tracking link as soon as it's ready. Sorry! We can refund it today.";
    const whole = (nlp()(text) as unknown as NlpView).docs.map((terms) =>
      terms.map((t) => `${t.text}:${[...(t.tags ?? [])].sort().join(',')}`).join(' '),
    );
    const tagsOf = (reply: Awaited<ReturnType<typeof replyOf>>, sentence: number) =>
      reply
        .taggedTerms(sentence)
        .map((t) => `${t.text}:${[...t.tags].sort().join(',')}`)
        .join(' ');
    // The first sentence a reply tags, alone (tagsAt, taggedTerms)…
    for (const sentence of [0, 1, 2, 3]) {
      expect(tagsOf(await replyOf(text), sentence)).toBe(whole[sentence]);
    }
    // …or with others (match tags what its patterns need in one run).
    const together = await replyOf(text);
    together.match(compilePatterns(['#Pronoun #Verb']));
    expect([0, 1, 2, 3].map((s) => tagsOf(together, s))).toEqual(whole);
  });

  it('keeps the place of a contraction the tagger split while tagging another sentence', async () => {
    const text = "That is #1 fine. It's on us.";
    const reply = await replyOf(text);
    reply.match(compilePatterns(['#Copula fine'])); // tags the first sentence only
    const [match] = reply.match(compilePatterns(['(that is|it is) on (us|me)']));
    expect(text.slice(match?.span.start, match?.span.end)).toBe("It's on us");
  });

  it('runs the tagger once for all the sentences one match call needs tagged', async () => {
    const reply = await replyOf('We will call you. We will refund you. We will email you.');
    const runs = taggerRuns(() => {
      expect(reply.match(compilePatterns(['we will #Verb'])).length).toBe(3);
    });
    expect(runs).toBe(1);
  });

  it('makes chunks only for a pattern that reads them, and then matches it', async () => {
    const compiled = compilePatterns(['<Noun> (is|was) late', 'the #Noun (is|was) late']);
    expect(compiled.needsChunks).toEqual([true, false]);
    const reply = await replyOf('The parcel is late.');
    expect(reply.match(compiled).map((m) => reply.text.slice(m.span.start, m.span.end))).toEqual([
      'The parcel is late',
      'The parcel is late',
    ]);
  });
});
