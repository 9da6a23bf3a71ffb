import type { Span } from '../types.js';
import { perReply } from './memo.js';
import type { Reply } from './reply.js';
import { type Word, wordIs } from './words.js';

/** Hedges stacked in one statement: "I think maybe we might…". */
export interface HedgeStack {
  sentence: number;
  /** From the first hedge of the stack to the end of the last. */
  span: Span;
  /** The hedges, as written. */
  hedges: string[];
}

/** Hedges closer than this (in words) stack; three in one sentence always do. */
const WINDOW = 8;

const ALWAYS = new Set([
  'maybe',
  'perhaps',
  'possibly',
  'probably',
  'hopefully',
  'presumably',
  'apparently',
  'seemingly',
  'arguably',
  'somewhat',
  'likely',
  'unlikely',
  'conceivably',
  'potentially',
]);

const PHRASES: readonly string[][] = [
  'as far as i know',
  'as far as i can tell',
  'as far as i can see',
  'if i am not mistaken',
  'not entirely sure',
  'not 100% sure',
  'to some extent',
  'more or less',
  'in theory',
  'i would say',
  'i feel like',
  'i think',
  'we think',
  'i believe',
  'we believe',
  'i guess',
  'i suppose',
  'it seems',
  'it appears',
  'seems to',
  'seem to',
  'appears to',
  'appear to',
  'not sure',
  'not certain',
  'sort of',
  'kind of',
].map((p) => p.split(' '));

/** "You might want to…", "you may wish to…" are polite suggestions, not hedges. */
const POLITE_AFTER_MODAL = new Set(['want', 'wish', 'like', 'prefer', 'i', 'we']);
/** "what kind of phone", "this sort of thing": a noun, not a hedge. */
const NOUN_BEFORE_KIND = new Set([
  'what',
  'which',
  'this',
  'that',
  'these',
  'those',
  'the',
  'a',
  'any',
  'some',
  'every',
  'each',
  'no',
  'same',
  'right',
  'wrong',
]);

/** Stacks of hedges in the reply's statements (questions may hedge politely). */
export const hedgeStacksOf = perReply((reply: Reply): HedgeStack[] =>
  reply.sentences.filter((s) => !s.question).flatMap((s) => stacksIn(s.index, hedgesIn(s.words))),
);

interface Hedge {
  /** Index of its first word in the sentence. */
  at: number;
  span: Span;
  text: string;
}

function hedgesIn(words: readonly Word[]): Hedge[] {
  const hedges: Hedge[] = [];
  for (let i = 0; i < words.length; i++) {
    const length = hedgeLength(words, i);
    if (length === 0) continue;
    const first = words[i] as Word;
    const last = words[i + length - 1] as Word;
    hedges.push({
      at: i,
      span: { start: first.span.start, end: last.span.end },
      text: words
        .slice(i, i + length)
        .map((w) => w.text)
        .filter((t, k, all) => t !== all[k - 1])
        .join(' '),
    });
    i += length - 1;
  }
  return hedges;
}

/** How many words from `i` make a hedge (0: none). */
function hedgeLength(words: readonly Word[], i: number): number {
  const word = words[i] as Word;
  const next = words[i + 1]?.norm ?? '';
  const previous = words[i - 1]?.norm ?? '';
  for (const phrase of PHRASES) {
    if (!phrase.every((p, k) => words[i + k] && wordIs(words[i + k] as Word, p))) continue;
    if ((phrase[0] === 'sort' || phrase[0] === 'kind') && NOUN_BEFORE_KIND.has(previous)) continue;
    if (phrase[1] === 'believe' && words[i + 2]?.norm === 'you') continue;
    return phrase.length;
  }
  if (ALWAYS.has(word.norm)) return 1;
  if (word.norm === 'might' && !POLITE_AFTER_MODAL.has(next)) return 1;
  // "May" mid-sentence with a capital is the month.
  if (word.norm === 'may' && !(word.text === 'May' && i > 0) && !POLITE_AFTER_MODAL.has(next)) {
    return previous === 'i' && words[i - 2]?.norm === 'if' ? 0 : 1;
  }
  if (word.norm === 'could' && (next === 'be' || next === 'have' || next === 'possibly')) return 1;
  return 0;
}

function stacksIn(sentence: number, hedges: readonly Hedge[]): HedgeStack[] {
  if (hedges.length < 2) return [];
  if (hedges.length >= 3) return [stackOf(sentence, hedges)];
  const [a, b] = hedges as [Hedge, Hedge];
  return b.at - a.at <= WINDOW ? [stackOf(sentence, hedges)] : [];
}

function stackOf(sentence: number, hedges: readonly Hedge[]): HedgeStack {
  const first = hedges[0] as Hedge;
  const last = hedges[hedges.length - 1] as Hedge;
  return {
    sentence,
    span: { start: first.span.start, end: last.span.end },
    hedges: hedges.map((h) => h.text),
  };
}
