import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { couldMatch, indexedSweep } from '../../src/analysis/indexed-sweep.js';
import { loadNlp } from '../../src/analysis/nlp.js';
import { compilePatterns } from '../../src/analysis/patterns.js';
import { benchSample, builtInPatterns } from '../helpers/built-in-patterns.js';

// compromise's own sweep, taken before anything could replace it.
const methods = nlp.methods() as never as {
  one: {
    bulkMatch: (...args: unknown[]) => unknown;
    buildNet: (matches: unknown, world: unknown) => never;
  };
  two: { quickSplit: (docs: unknown[][]) => unknown[][] };
};
const stockSweep = methods.one.bulkMatch;
const world = nlp.world() as { model: { two: { matches: unknown } } };

/** Every fixture draft and macro file, as text. */
function fixtureTexts(): string[] {
  const root = path.resolve(import.meta.dirname, '../../fixtures');
  return ['drafts', 'macros', 'customers'].flatMap((folder) =>
    readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8')),
  );
}

/** The fixtures and 120 bench drafts. */
const sampleTexts = () => [...fixtureTexts(), ...benchSample()];

describe('indexedSweep', () => {
  it('returns the stock sweep’s matches, in its order, for the post-tagger net (fixtures, bench drafts)', () => {
    // The post-tagger's own net (buildNet parses the matches in place: give it a copy).
    const net = methods.one.buildNet(structuredClone(world.model.two.matches), nlp.world());
    let compared = 0;
    for (const text of sampleTexts()) {
      // Tagged as far as the post-tagger's input, split as the post-tagger splits.
      const doc = nlp.tokenize(text).compute(['lexicon', 'preTagger']) as never as {
        docs: unknown[][];
      };
      const document = methods.two.quickSplit(doc.docs);
      const stock = stockSweep(document, net, methods, {});
      expect(indexedSweep(document as never, net, methods as never)).toEqual(stock);
      compared += (stock as unknown[]).length;
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('stops at the first match when asked for one', () => {
    const net = methods.one.buildNet(structuredClone(world.model.two.matches), nlp.world());
    const doc = nlp
      .tokenize('We will refund the order today, I promise.')
      .compute(['lexicon', 'preTagger']) as never as { docs: unknown[][] };
    const document = methods.two.quickSplit(doc.docs);
    // The sentence has several matches, so stopping at the first one shows.
    expect((stockSweep(document, net, methods, {}) as unknown[]).length).toBeGreaterThan(1);
    const stock = stockSweep(document, net, methods, { matchOne: true });
    expect(stock).toHaveLength(1);
    expect(indexedSweep(document as never, net, methods as never, { matchOne: true })).toEqual(
      stock,
    );
  });
});

type Terms = Parameters<typeof couldMatch>[1];
type Regs = Parameters<typeof couldMatch>[0];
type Match = (docs: unknown[], todo: { regs: unknown }) => { ptrs: unknown[] };
const match = methods.one as unknown as { match: Match };
const termsOf = (text: string) => (nlp(text) as never as { docs: Terms[] }).docs[0] as Terms;

describe('couldMatch', () => {
  const could = async (pattern: string, text: string) => {
    await loadNlp();
    return couldMatch(compilePatterns([pattern]).regs[0] as Regs, termsOf(text));
  };

  it.each([
    // The words and tags in the pattern's order: words, #Tags, (a|b), (a b|c), (a && b).
    ['we refund', 'We refund it today.', true],
    ['we refund', 'Refund it? We will.', false],
    ['#Determiner #Noun', 'The order arrived.', true],
    ['#Noun #Determiner', 'The order arrived.', false],
    ['(if|when) you', 'When you cancel, we refund it.', true],
    ['(if|when) you', 'You said when.', false],
    ['in (a few|a couple of) minutes', 'Back in a couple of minutes.', true],
    ['in (a few|a couple of) minutes', 'In minutes, a few.', false],
    ['(#Noun && refund) #Verb', 'The refund arrived.', true],
    ['(#Noun && refund) #Verb', 'Refund the order.', false],
    // An optional term may be skipped; a negated one takes any other word; ^ starts.
    ['i can #Adverb? see', 'I can clearly see it.', true],
    ['i can #Adverb? see', 'I can see it.', true],
    ['i can #Adverb? see', 'See? I can.', false],
    ['please? help', 'Help me, please.', true],
    ['!not sorry', 'I am so sorry.', true],
    ['!not sorry', 'Sorry.', false],
    ['^we refund', 'We refund it.', true],
    ['^we refund', 'Today we refund it.', false],
    // A term it does not model (repeated, negated and optional): no judgement from there.
    ['very+ sorry', 'Sorry, very.', true],
    ['!very? sorry', 'Sorry.', true],
  ])('%s could match "%s": %s', async (pattern, text, expected) => {
    expect(await could(pattern, text)).toBe(expected);
  });

  it('lets a match step over the implied word of a contraction, as compromise does', async () => {
    expect(nlp("We've checked it.").has("we've checked")).toBe(true);
    expect(await could("we've checked", "We've checked it.")).toBe(true);
  });

  // It only ever turns away a pattern that cannot match. The built-in patterns give a
  // wide sample of pattern shapes: every match compromise finds for one of them lies in
  // a sentence it lets through.
  it('never turns away a sentence where a built-in pattern matches (fixtures, bench drafts)', async () => {
    await loadNlp();
    const all = compilePatterns(builtInPatterns());
    expect(all.patterns.length).toBeGreaterThan(300);
    let matched = 0;
    for (const text of sampleTexts()) {
      for (const terms of (nlp(text) as never as { docs: Terms[] }).docs) {
        all.regs.forEach((regs, p) => {
          if (match.match([terms], { regs }).ptrs.length === 0) return;
          matched++;
          const lets = couldMatch(regs as Regs, terms);
          expect(lets, `${all.patterns[p]} in ${JSON.stringify(text.slice(0, 60))}`).toBe(true);
        });
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });
});
