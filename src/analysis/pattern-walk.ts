// A cheap walk of a parsed compromise pattern over a sentence's terms, run before
// compromise's matcher to turn away patterns that cannot match there.
import type { NlpTerm as Term } from './nlp.js';
import type { Reg } from './patterns.js';

/**
 * Whether a sentence could hold a parsed pattern: a cheap walk of the pattern's terms
 * over the sentence, keeping every place the match could have reached, where each term
 * either may fit the next word(s) or (if optional) is skipped. It lets through more than
 * compromise's matcher matches (it tries every way, never rules a word out on anything
 * it does not model, and stops judging at a term it does not model, such as a repeated
 * one), so it never turns away a pattern the matcher would match (the tests check).
 *
 * On a tagged sentence (the default) it reads words and tags: most of the post-tagger's
 * matches that fit a sentence's words and tags fail on their order (on 500 bench
 * drafts, compromise's matcher ran 82,900 times and found nothing 72,400 times; this
 * turns away 65,500 of those runs), and replylint's own patterns run 10,294 times
 * instead of 18,240. With `tagged: false` it reads words only (every #Tag may fit), so
 * Reply.match can decide which sentences are worth tagging at all: 3,283 instead of
 * 3,621 on those drafts. The caller must rule out sentences whose words tagging may
 * still change (a contraction it splits).
 */
export function couldMatch(
  regs: readonly Reg[] | undefined,
  terms: readonly Term[],
  { tagged = true }: { tagged?: boolean } = {},
): boolean {
  if (regs === undefined || regs.length === 0) return true;
  let walk = walks.get(regs);
  if (walk === undefined) {
    walk = {
      tagged: regs.map((reg) => stepOf(reg, true)),
      untagged: regs.map((reg) => stepOf(reg, false)),
    };
    walks.set(regs, walk);
  }
  const steps = tagged ? walk.tagged : walk.untagged;
  // Where the next term of the pattern may start: a match starts at any word (at the
  // first, for ^).
  let at: number[] = [];
  for (let p = 0; p < (regs[0]?.start ? 1 : terms.length); p++) at.push(p);
  for (let r = 0; r < regs.length; r++) {
    const step = steps[r];
    if (step === undefined) return true; // not modelled: no judgement from here on
    const next: number[] = regs[r]?.optional ? [...at] : [];
    for (const p of at) step(terms, p, next);
    if (next.length === 0) return false;
    at = next;
  }
  return true;
}

/** Adds to `out` each place after the words a pattern term may take from place `p`. */
type Step = (terms: readonly Term[], p: number, out: number[]) => void;
/**
 * Whether a word may fit one pattern term. Made once per term, so that the walk reads
 * no pattern term's fields (of many shapes, slow for V8 to look up) per word.
 */
type WordTest = (term: Term) => boolean;
/** A pattern's steps, with its tags (tagged) and before tagging (any #Tag may fit). */
const walks = new WeakMap<
  readonly Reg[],
  { tagged: Array<Step | undefined>; untagged: Array<Step | undefined> }
>();

const add = (out: number[], q: number) => {
  if (!out.includes(q)) out.push(q);
};

/** How compromise's matcher moves over the sentence for a term, or undefined if not modelled. */
function stepOf(reg: Reg, tagged: boolean): Step | undefined {
  if (reg.greedy || reg.min !== undefined || reg.max !== undefined) return undefined;
  if (reg.negative) return reg.optional ? undefined : anyWord;
  if (reg.anything) return anyWord;
  if (reg.choices !== undefined) {
    const simple = reg.choices.every((c) => Array.isArray(c) && c.every((r) => !r.greedy));
    if (!simple) return undefined;
    const sequences = reg.choices.map((choice) => choice.map((r) => wordTest(r, tagged)));
    if (reg.operator === 'or') return oneOfSequences(sequences);
    if (reg.operator === 'and') return allOfSequences(sequences);
    return undefined;
  }
  return oneWord(wordTest(reg, tagged));
}

/** Any one word ("." or a !negation). */
const anyWord: Step = (terms, p, out) => {
  if (p < terms.length) add(out, p + 1);
};

/**
 * One word that may fit: a word, #Tag, (a|b) list and the like. After the first word of a
 * contraction ("we" of "we've"), compromise's matcher may also step over the implied word.
 */
const oneWord =
  (fits: WordTest): Step =>
  (terms, p, out) => {
    const term = terms[p];
    if (term === undefined || !fits(term)) return;
    add(out, p + 1);
    if (
      term.implicit !== undefined &&
      terms[p + 1]?.implicit !== undefined &&
      p + 2 <= terms.length
    ) {
      add(out, p + 2);
    }
  };

/** (a b|c): the words of any alternative, each word fitting in turn. */
const oneOfSequences =
  (sequences: WordTest[][]): Step =>
  (terms, p, out) => {
    for (const sequence of sequences) {
      if (sequenceFits(sequence, terms, p)) add(out, p + sequence.length);
    }
  };

/** (a && #Noun): every alternative fits from here; takes the longest. */
const allOfSequences = (sequences: WordTest[][]): Step => {
  const longest = Math.max(...sequences.map((sequence) => sequence.length));
  return (terms, p, out) => {
    if (sequences.every((sequence) => sequenceFits(sequence, terms, p))) add(out, p + longest);
  };
};

function sequenceFits(sequence: readonly WordTest[], terms: readonly Term[], p: number): boolean {
  if (p + sequence.length > terms.length) return false;
  return sequence.every((fits, j) => fits(terms[p + j] as Term));
}

const anything: WordTest = () => true;

/**
 * Whether a word may fit a pattern term: compromise's own test (doesMatch) for words,
 * #Tags and (a|b) lists of words; true for whatever else it tests (regexes, methods,
 * negations, ids…). Before tagging (`tagged` false), any #Tag may fit, and words are
 * tested as they will be.
 */
function wordTest(reg: Reg, tagged: boolean): WordTest {
  // A negated word inside (a && !b), or a term's id: not modelled.
  if (reg.negative || reg.id !== undefined) return anything;
  if (reg.word !== undefined) {
    if (reg.use !== undefined || reg.fuzzy) return anything;
    const word = reg.word;
    return (term) =>
      term.machine === word ||
      term.normal === word ||
      term.text === word ||
      (term.alias?.includes(word) ?? false);
  }
  if (reg.tag !== undefined) {
    const tag = reg.tag;
    return tagged ? (term) => term.tags?.has(tag) === true : anything;
  }
  if (reg.fastOr !== undefined) {
    const words = reg.fastOr;
    const pos = tagged ? reg.pos : undefined;
    return (term) => {
      if (pos !== undefined && term.tags?.has(pos) !== true) return false;
      // A root comes only from compute('root'), never from tagging.
      const form = term.root || term.implicit || term.machine || term.normal;
      return words.has(form) || words.has(term.text);
    };
  }
  return anything;
}
