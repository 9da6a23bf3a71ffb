import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { indexedSweep } from '../../src/analysis/indexed-sweep.js';
import { sampleTexts } from '../helpers/built-in-patterns.js';

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

  it('leaves out a match whose excluded tag (ifNo) the sentence has', () => {
    const net = methods.one.buildNet(structuredClone(world.model.two.matches), nlp.world());
    // "%Person|Verb% #Acronym? #ProperNoun" (verb-propernoun) excludes sentences with an #Actor.
    const reasons = (text: string, sweep: (...args: unknown[]) => unknown) => {
      const doc = nlp.tokenize(text).compute(['lexicon', 'preTagger']) as never as {
        docs: unknown[][];
      };
      const found = sweep(methods.two.quickSplit(doc.docs), net, methods, {});
      return (found as Array<{ reason: string }>).map((m) => m.reason);
    };
    expect(reasons('Mark Jones called.', stockSweep)).toContain('verb-propernoun');
    expect(reasons('Mark Jones called the manager.', stockSweep)).not.toContain('verb-propernoun');
    for (const text of ['Mark Jones called.', 'Mark Jones called the manager.']) {
      expect(reasons(text, indexedSweep as never)).toEqual(reasons(text, stockSweep));
    }
  });
});
