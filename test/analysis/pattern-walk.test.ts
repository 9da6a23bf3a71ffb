import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp, type NlpTerm, type NlpView, nlp } from '../../src/analysis/nlp.js';
import { couldMatch } from '../../src/analysis/pattern-walk.js';
import { compilePatterns, type Reg } from '../../src/analysis/patterns.js';
import { taggingMayReshape } from '../../src/analysis/reply.js';
import { builtInPatterns, sampleTexts } from '../helpers/built-in-patterns.js';

beforeAll(async () => {
  await loadNlp();
});

type Match = (docs: unknown[], todo: { regs: unknown }) => { ptrs: unknown[] };
/** compromise's matcher, as Reply.match runs it. */
const match: Match = (docs, todo) =>
  (nlp().world() as { methods: { one: { match: Match } } }).methods.one.match(docs, todo);
const sentences = (doc: unknown) => (doc as NlpView).docs;
/** The first sentence of a text, tagged, or as tokenizing leaves it. */
const termsOf = (text: string, tagged: boolean) =>
  sentences(tagged ? nlp()(text) : nlp().tokenize(text))[0] ?? [];
const could = (pattern: string, text: string, tagged = true) =>
  couldMatch(compilePatterns([pattern]).regs[0] as Reg[], termsOf(text, tagged), { tagged });

describe('couldMatch', () => {
  it.each([
    // The words and tags in the pattern's order: words, #Tags, (a|b), (a b|c), (a && b).
    ['we refund', 'We refund it today.', 'tagged', true],
    ['we refund', 'Refund it? We will.', 'tagged', false],
    ['#Determiner #Noun', 'The order arrived.', 'tagged', true],
    ['#Noun #Determiner', 'The order arrived.', 'tagged', false],
    ['(if|when) you', 'When you cancel, we refund it.', 'tagged', true],
    ['(if|when) you', 'You said when.', 'tagged', false],
    ['in (a few|a couple of) minutes', 'Back in a couple of minutes.', 'tagged', true],
    ['in (a few|a couple of) minutes', 'In minutes, a few.', 'tagged', false],
    ['(#Noun && refund) #Verb', 'The refund arrived.', 'tagged', true],
    ['(#Noun && refund) #Verb', 'Refund the order.', 'tagged', false],
    // An optional term may be skipped; a negated one takes any other word; ^ starts.
    ['i can #Adverb? see', 'I can clearly see it.', 'tagged', true],
    ['i can #Adverb? see', 'I can see it.', 'tagged', true],
    ['i can #Adverb? see', 'See? I can.', 'tagged', false],
    ['please? help', 'Help me, please.', 'tagged', true],
    ['!not sorry', 'I am so sorry.', 'tagged', true],
    ['!not sorry', 'Sorry.', 'tagged', false],
    ['^we refund', 'We refund it.', 'tagged', true],
    ['^we refund', 'Today we refund it.', 'tagged', false],
    // A term it does not model (repeated, negated and optional): no judgement from there.
    ['very+ sorry', 'Sorry, very.', 'tagged', true],
    ['!very? sorry', 'Sorry.', 'tagged', true],
    // Before tagging (tagged: false), any #Tag may fit; the words still come in order.
    ['(i|we) (can|could) #Adverb? #Verb', 'We can refund it.', 'untagged', true],
    ['(i|we) (can|could) #Adverb? #Verb', 'Can we refund it?', 'untagged', false],
    ['#Noun #Determiner', 'The order arrived.', 'untagged', true],
    ['(inconvenience|hassle) (of)? #Gerund', 'Sorry for the hassle of waiting.', 'untagged', true],
    ['(inconvenience|hassle) (of)? #Gerund', 'The hassle is over.', 'untagged', true],
    ['(inconvenience|hassle) (of)? #Gerund', 'Waiting is a hassle.', 'untagged', false],
    // Contractions as tokenizing expands them, implied words stepped over.
    ["we've checked", "We've checked it.", 'untagged', true],
    ['we have checked', "We've checked it.", 'untagged', true],
    ['can not refund', "We can't refund it.", 'untagged', true],
    ['can not refund', 'We can refund it.', 'untagged', false],
  ])('%s could match "%s" (%s): %s', (pattern, text, mode, expected) => {
    expect(could(pattern, text, mode === 'tagged')).toBe(expected);
  });

  it('lets a match step over the implied word of a contraction, as compromise does', () => {
    expect(nlp()("We've checked it.").has("we've checked")).toBe(true);
    expect(could("we've checked", "We've checked it.")).toBe(true);
  });
});

// It only ever turns away a pattern that cannot match. The built-in patterns give a wide
// sample of pattern shapes: every match compromise finds for one of them lies in a
// sentence the walk lets through, read with its tags, and read before tagging (unless
// tagging may split one of its contractions, which Reply.match lets through unread).
describe('couldMatch never turns away a sentence where a built-in pattern matches', () => {
  let found: Array<{ pattern: string; regs: Reg[]; tagged: NlpTerm[]; untagged: NlpTerm[] }>;
  beforeAll(() => {
    const all = compilePatterns(builtInPatterns());
    expect(all.patterns.length).toBeGreaterThan(300);
    found = [];
    for (const text of sampleTexts()) {
      const tagged = sentences(nlp()(text));
      const untagged = sentences(nlp().tokenize(text));
      tagged.forEach((terms, n) => {
        all.regs.forEach((regs, p) => {
          if (match([terms], { regs }).ptrs.length === 0) return;
          const pattern = `${all.patterns[p]} in ${JSON.stringify(text.slice(0, 60))}`;
          found.push({ pattern, regs: regs as Reg[], tagged: terms, untagged: untagged[n] ?? [] });
        });
      });
    }
  });

  it('with its tags (fixtures, bench drafts)', () => {
    expect(found.length).toBeGreaterThan(1000);
    for (const { pattern, regs, tagged } of found) {
      expect(couldMatch(regs, tagged), pattern).toBe(true);
    }
  });

  it('before tagging (fixtures, bench drafts)', () => {
    const unchanged = found.filter(({ untagged }) => !taggingMayReshape(untagged));
    expect(unchanged.length).toBeGreaterThan(1000);
    for (const { pattern, regs, untagged } of unchanged) {
      expect(couldMatch(regs, untagged, { tagged: false }), pattern).toBe(true);
    }
  });
});
