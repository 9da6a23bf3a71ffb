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
  let steps = stepsOf.get(regs);
  if (steps === undefined) {
    steps = regs.map(stepOf);
    stepsOf.set(regs, steps);
  }
  const wordFits = tagged ? mayFit : mayFitUntagged;
  // Where the next term of the pattern may start: a match starts at any word (at the
  // first, for ^).
  let at: number[] = [];
  for (let p = 0; p < (regs[0]?.start ? 1 : terms.length); p++) at.push(p);
  for (let r = 0; r < regs.length; r++) {
    const step = steps[r] as Step | undefined;
    const reg = regs[r] as Reg;
    if (step === undefined) return true; // not modelled: no judgement from here on
    const next: number[] = reg.optional ? [...at] : [];
    for (const p of at) step(reg, terms, p, next, wordFits);
    if (next.length === 0) return false;
    at = next;
  }
  return true;
}

/** Whether a word may fit a pattern term (mayFit, or mayFitUntagged before tagging). */
type Fit = (term: Term, reg: Reg) => boolean;
/** Adds to `out` each place after the words a pattern term may take from place `p`. */
type Step = (reg: Reg, terms: readonly Term[], p: number, out: number[], wordFits: Fit) => void;
const stepsOf = new WeakMap<readonly Reg[], Array<Step | undefined>>();

const add = (out: number[], q: number) => {
  if (!out.includes(q)) out.push(q);
};

/** How compromise's matcher moves over the sentence for a term, or undefined if not modelled. */
function stepOf(reg: Reg): Step | undefined {
  if (reg.greedy || reg.min !== undefined || reg.max !== undefined) return undefined;
  if (reg.negative) return reg.optional ? undefined : anyWord;
  if (reg.anything) return anyWord;
  if (reg.choices !== undefined) {
    const simple = reg.choices.every((c) => Array.isArray(c) && c.every((r) => !r.greedy));
    if (!simple) return undefined;
    if (reg.operator === 'or') return oneOfSequences;
    if (reg.operator === 'and') return allOfSequences;
    return undefined;
  }
  return oneWord;
}

/** Any one word ("." or a !negation). */
const anyWord: Step = (_reg, terms, p, out) => {
  if (p < terms.length) add(out, p + 1);
};

/**
 * One word that may fit: a word, #Tag, (a|b) list and the like. After the first word of a
 * contraction ("we" of "we've"), compromise's matcher may also step over the implied word.
 */
const oneWord: Step = (reg, terms, p, out, wordFits) => {
  const term = terms[p];
  if (term === undefined || !wordFits(term, reg)) return;
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
const oneOfSequences: Step = (reg, terms, p, out, wordFits) => {
  for (const choice of reg.choices ?? []) {
    if (sequenceFits(choice, terms, p, wordFits)) add(out, p + choice.length);
  }
};

/** (a && #Noun): every alternative fits from here; takes the longest. */
const allOfSequences: Step = (reg, terms, p, out, wordFits) => {
  const choices = reg.choices ?? [];
  if (choices.every((choice) => sequenceFits(choice, terms, p, wordFits))) {
    add(out, p + Math.max(...choices.map((choice) => choice.length)));
  }
};

function sequenceFits(
  choice: readonly Reg[],
  terms: readonly Term[],
  p: number,
  wordFits: Fit,
): boolean {
  if (p + choice.length > terms.length) return false;
  return choice.every((reg, j) => wordFits(terms[p + j] as Term, reg));
}

/**
 * Whether a word may fit a pattern term: compromise's own test (doesMatch) for words,
 * #Tags and (a|b) lists of words; true for whatever else it tests (regexes, methods,
 * negations…).
 */
const mayFit: Fit = (term, reg) => fitsTerm(term, reg, true);

/** mayFit before tagging: any #Tag may fit; words are tested as they will be. */
const mayFitUntagged: Fit = (term, reg) => fitsTerm(term, reg, false);

function fitsTerm(term: Term, reg: Reg, tagged: boolean): boolean {
  // A negated word inside (a && !b): not modelled.
  if (reg.negative) return true;
  if (reg.id !== undefined && reg.id === term.id) return true;
  if (reg.word !== undefined) {
    if (reg.use !== undefined || reg.fuzzy) return true;
    const word = reg.word;
    return (
      term.machine === word ||
      term.normal === word ||
      term.text === word ||
      (term.alias?.includes(word) ?? false)
    );
  }
  if (reg.tag !== undefined) return !tagged || term.tags?.has(reg.tag) === true;
  if (reg.fastOr !== undefined) {
    if (tagged && reg.pos !== undefined && term.tags?.has(reg.pos) !== true) return false;
    // A root comes only from compute('root'), never from tagging.
    const form = term.root || term.implicit || term.machine || term.normal;
    return reg.fastOr.has(form) || reg.fastOr.has(term.text);
  }
  return true;
}
