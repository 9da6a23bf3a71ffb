import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import '../../rules/index.js';
import { analysisPatterns } from '../../src/analysis/lexicon.js';
import { loadNlp } from '../../src/analysis/nlp.js';
import { candidatePatterns, compilePatterns, mayMatch } from '../../src/analysis/patterns.js';
import { Reply, wordsPresent } from '../../src/analysis/reply.js';
import { matcherPatterns } from '../../src/engine/pattern-matcher.js';
import { draftsFromText } from '../../src/sources/index.js';

beforeAll(async () => {
  await loadNlp();
});

describe('compilePatterns', () => {
  it('keeps the words of each required (a|b) block, by the first word of an alternative', () => {
    const { choices } = compilePatterns([
      '(the|our)? (courier|post office) (is|was) (late|#Adjective) (really)',
    ]);
    // The optional block and the block with a #Tag cannot filter; the others can.
    expect(choices[0]).toEqual([['courier', 'post'], ['is', 'was'], ['really']]);
  });
});

describe('Reply.match with required blocks', () => {
  it('still matches in the sentences that hold a word of every block', () => {
    const [draft] = draftsFromText(
      't.txt',
      'The van is here. Sadly the courier was late again. The post office is late too.',
      { channel: 'email', kind: 'reply' },
    );
    const reply = new Reply(draft as never);
    const compiled = compilePatterns(['the (courier|post office) (is|was) late']);
    expect(reply.match(compiled).map((m) => reply.text.slice(m.span.start, m.span.end))).toEqual([
      'the courier was late',
      'The post office is late',
    ]);
  });
});

describe('candidatePatterns', () => {
  const compiled = () =>
    compilePatterns([
      'we (will|shall) #Verb', // needs "we"
      '(sorry|apologies) for the (delay|wait)', // needs "for" and "the": one is enough
      '(sorry|apologies) (about|regarding)', // needs no one word: by a block
      '#Noun is late', // by its longest needed word
      'refund',
    ]);

  it('indexes each pattern by words it cannot match without', () => {
    const { byWord, anyWords } = compiled();
    expect(Object.fromEntries(byWord)).toEqual({
      we: [0],
      for: [1],
      sorry: [2],
      apologies: [2],
      late: [3],
      refund: [4],
    });
    expect(anyWords).toEqual([]);
  });

  it('lists, once each, the patterns a sentence’s words point to', () => {
    const c = compiled();
    // More words than the index holds: the index's words are looked up in the sentence.
    const long = ['so', 'sorry', 'and', 'apologies', 'it', 'is', 'late', 'again'];
    expect(candidatePatterns(c, new Set(long)).sort()).toEqual([2, 3]);
    expect(candidatePatterns(c, new Set(['refund', 'for', 'we', 'will'])).sort()).toEqual([
      0, 1, 4,
    ]);
    expect(candidatePatterns(c, new Set(['sorry', 'apologies', 'late'])).sort()).toEqual([2, 3]);
    expect(candidatePatterns(c, new Set(['hello']))).toEqual([]);
    expect(compilePatterns(['#Noun+']).anyWords).toEqual([0]);
  });

  it('never leaves out a pattern whose words a fixture sentence holds (built-in patterns)', async () => {
    const fixtures = path.join(import.meta.dirname, '../../fixtures');
    const texts = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
      .map((f) => path.join(fixtures, f))
      .filter((f) => statSync(f).isFile() && /\.(txt|md|eml)$/.test(f))
      .map((f) => readFileSync(f, 'utf8'));
    const sets = texts.flatMap((text) => {
      const reply = new Reply(
        draftsFromText('t.txt', text, { channel: 'email', kind: 'reply' })[0] as never,
      );
      return reply.sentences.map((s) => wordsPresent(s.words));
    });
    expect(sets.length).toBeGreaterThan(200);
    const all = compilePatterns([...new Set([...analysisPatterns(), ...matcherPatterns()])]);
    let checked = 0;
    for (const present of sets) {
      const candidates = new Set(candidatePatterns(all, present));
      for (let p = 0; p < all.regs.length; p++) {
        if (!mayMatch(all, p, present)) continue;
        checked++;
        expect(candidates.has(p), all.patterns[p]).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
