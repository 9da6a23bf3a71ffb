import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { holdsPairs, requiredPairs, sentencePairs } from '../../src/analysis/adjacent-words.js';
import { loadNlp, type NlpView, nlp } from '../../src/analysis/nlp.js';
import { compilePatterns } from '../../src/analysis/patterns.js';
import { benchSample, builtInPatterns } from '../helpers/built-in-patterns.js';

beforeAll(async () => {
  await loadNlp();
});

const pairsOf = (pattern: string) => compilePatterns([pattern]).pairs[0];
type Match = (
  docs: unknown[],
  todo: { regs: unknown },
) => { ptrs: Array<[number, number, number]> };
/** compromise's matcher, as Reply.match runs it. */
const match: Match = (docs, todo) =>
  (nlp().world() as { methods: { one: { match: Match } } }).methods.one.match(docs, todo);
const termsOf = (text: string) => (nlp()(text) as unknown as NlpView).docs[0] ?? [];

describe('requiredPairs', () => {
  it('pairs the words of two required terms side by side, by the ends of multi-word alternatives', () => {
    expect(pairsOf('(if|when) you')).toEqual([['if you', 'when you']]);
    expect(pairsOf('(as long as|so that) you')).toEqual([['as you', 'that you']]);
    expect(pairsOf('(i|we) (can|could) #Adverb? #Verb')).toEqual([
      ['i can', 'i could', 'we can', 'we could'],
    ]);
    expect(pairsOf('sorry for the wait')).toEqual([['sorry for'], ['for the'], ['the wait']]);
  });

  it('asks nothing of terms that may be skipped, repeated, negated or read tags', () => {
    expect(pairsOf('you #Adverb? (can not|could not)')).toEqual([]);
    expect(pairsOf('please? help')).toEqual([]);
    expect(pairsOf('!not you')).toEqual([]);
    expect(pairsOf('very+ sorry')).toEqual([]);
    expect(pairsOf('#Possessive (fault|error)')).toEqual([]);
    expect(pairsOf('(sorry|#Adjective) (about|for)')).toEqual([]);
    expect(requiredPairs(undefined)).toEqual([]);
  });
});

describe('sentencePairs and holdsPairs', () => {
  it('finds the pairs of a sentence, under every form of its words', () => {
    const pairs = sentencePairs(termsOf('When You cancel, we refund it.'));
    expect(holdsPairs(pairsOf('(if|when) you') ?? [], pairs)).toBe(true);
    expect(holdsPairs(pairsOf('(what|everything) you') ?? [], pairs)).toBe(false);
    expect(holdsPairs(pairsOf('we refund') ?? [], pairs)).toBe(true);
    expect(holdsPairs(pairsOf('refund we') ?? [], pairs)).toBe(false);
  });

  it('reads contractions as compromise matches them: expanded, and skipped over', () => {
    const pairs = sentencePairs(termsOf("We've checked it and we can't refund it."));
    expect(holdsPairs(pairsOf('we have checked') ?? [], pairs)).toBe(true);
    // compromise lets "we've checked" match "We've checked", skipping the implicit "have".
    expect(nlp()("We've checked it.").has("we've checked")).toBe(true);
    expect(holdsPairs(pairsOf("we've checked") ?? [], pairs)).toBe(true);
    expect(holdsPairs(pairsOf('can not refund') ?? [], pairs)).toBe(true);
  });

  // The pairs only ever skip a pattern that cannot match: every match compromise finds
  // for a built-in pattern lies in a sentence holding its pairs.
  it('never rules out a sentence where a built-in pattern matches (fixtures, bench drafts)', () => {
    const fixtures = path.join(import.meta.dirname, '../../fixtures');
    const texts = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
      .map((f) => path.join(fixtures, f))
      .filter((f) => statSync(f).isFile() && /\.(txt|md|eml)$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .concat(benchSample());
    const all = compilePatterns(builtInPatterns());
    const withPairs = all.pairs.flatMap((groups, p) => (groups.length > 0 ? [p] : []));
    expect(withPairs.length).toBeGreaterThan(100);
    let matched = 0;
    for (const text of texts) {
      const { docs } = nlp()(text) as unknown as NlpView;
      const pairs = docs.map((terms) => sentencePairs(terms));
      for (const p of withPairs) {
        for (const [sentence] of match(docs, { regs: all.regs[p] }).ptrs) {
          matched++;
          const holds = holdsPairs(all.pairs[p] ?? [], pairs[sentence] ?? new Set());
          expect(holds, `${all.patterns[p]} in ${JSON.stringify(text.slice(0, 60))}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(200);
  });
});
