import type { Span } from '../types.js';
import { perReply } from './memo.js';
import type { Reply } from './reply.js';
import type { Word } from './words.js';

/**
 * Every apology in the reply, by what it apologizes for:
 * - `situation`: "I'm sorry your order arrived broken", "sorry for the delay";
 * - `sympathy`: "sorry to hear that";
 * - `bare`: "I'm sorry." / "Apologies." with nothing after it;
 * - `generic`: a non-apology: "sorry for any inconvenience", "sorry if…", "sorry, but…";
 * - `feelings`: "sorry for your frustration", "sorry you feel that way".
 * The first three count as the "apologizes" move.
 */
export type ApologyKind = 'situation' | 'sympathy' | 'bare' | 'generic' | 'feelings';

export interface Apology {
  kind: ApologyKind;
  /** The apology word(s) through what it is for, within its clause. */
  span: Span;
  sentence: number;
}

const HEADS = new Set([
  'sorry',
  'apologize',
  'apologise',
  'apologizes',
  'apologises',
  'apologies',
  'apology',
]);
const FEELINGS = new Set([
  'frustration',
  'frustrations',
  'upset',
  'anger',
  'annoyance',
  'disappointment',
  'distress',
  'irritation',
  'displeasure',
  'dissatisfaction',
  'feelings',
  'feeling',
]);
/** "Sorry for the inconvenience": the words of a form letter, whatever the problem. */
const GENERIC_OBJECTS = new Set([
  'inconvenience',
  'inconveniences',
  'confusion',
  'misunderstanding',
]);
const FEELING_VERBS = new Set([
  'feel',
  'felt',
  'feeling',
  'see',
  'saw',
  'view',
  'took',
  'take',
  'perceive',
  'perceived',
  'find',
  'found',
]);
const FEELING_ADJECTIVES = new Set([
  'upset',
  'frustrated',
  'offended',
  'disappointed',
  'unhappy',
  'annoyed',
  'angry',
  'dissatisfied',
  'displeased',
  'hurt',
  'irritated',
  'mad',
]);
const CLAUSE_END = /[.!?;:]$|[–—-]$/;

export const apologies = perReply((reply): Apology[] => {
  const found: Apology[] = [];
  for (const sentence of reply.sentences) {
    const words = sentence.words;
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as Word;
      if (!HEADS.has(word.norm)) continue;
      // "no apology needed" and "a sorry state" are not apologies.
      if (i > 0 && ['no', 'a', 'an', 'any'].includes(words[i - 1]?.norm ?? '')) continue;
      // "No need to apologize", "nothing to apologise for": the customer apologized, not the agent.
      if (
        words[i - 1]?.norm === 'to' &&
        ['need', 'nothing', 'needs'].includes(words[i - 2]?.norm ?? '')
      )
        continue;
      const rest = clauseAfter(reply, words, i);
      found.push({
        kind: classify(rest),
        span: { start: word.span.start, end: (rest[rest.length - 1] ?? word).span.end },
        sentence: sentence.index,
      });
    }
  }
  return found;
});

/** Words after the apology word, up to the end of its clause (at most 8). */
function clauseAfter(reply: Reply, words: readonly Word[], index: number): Word[] {
  const rest: Word[] = [];
  for (let k = index + 1; k < words.length && rest.length < 8; k++) {
    const previous = words[k - 1] as Word;
    const gap = reply.text.slice(previous.span.end, (words[k] as Word).span.start);
    if (CLAUSE_END.test(gap.trim()) || /\n/.test(gap)) break;
    if (gap.includes(',') && rest.length > 0) break;
    if (
      gap.includes(',') &&
      rest.length === 0 &&
      !['but', 'however'].includes(words[k]?.norm ?? '')
    )
      break;
    rest.push(words[k] as Word);
  }
  return rest;
}

function classify(rest: readonly Word[]): ApologyKind {
  const norms = rest.map((w) => w.norm);
  const [first, second, third] = norms;
  if (first === undefined) return 'bare';
  if (first === 'but' || first === 'however') return 'generic';
  if (first === 'if') {
    return norms.slice(1, 5).some((n) => FEELING_ADJECTIVES.has(n) || n === 'offended')
      ? 'feelings'
      : 'generic';
  }
  if (norms.some((n) => FEELINGS.has(n))) return 'feelings';
  const youAt = norms.indexOf('you');
  if (youAt >= 0 && youAt <= 2) {
    const after = norms.slice(youAt + 1, youAt + 5);
    if (after.some((n) => FEELING_ADJECTIVES.has(n))) return 'feelings';
    if (FEELING_VERBS.has(after[0] ?? '') && /that way|this way/.test(after.join(' ')))
      return 'feelings';
    if (['feel', 'felt'].includes(after[0] ?? '')) return 'feelings';
  }
  // "We are sorry to inform you…": a form letter's opening, not an apology.
  if (
    first === 'to' &&
    ['inform', 'advise', 'say', 'tell', 'announce', 'report'].includes(second ?? '')
  )
    return 'generic';
  if (first === 'to' && ['hear', 'learn', 'see', 'read'].includes(second ?? '')) {
    if (third === 'of' || third === 'about') {
      const object = norms.slice(3, 6);
      if (object[0] === 'any' || object.some((n) => GENERIC_OBJECTS.has(n))) return 'generic';
    }
    return 'sympathy';
  }
  if (first === 'for' || first === 'about') {
    const object = norms.slice(1, 4);
    if (object[0] === 'any' || object[0] === 'all') return 'generic';
    if (object.some((n) => GENERIC_OBJECTS.has(n))) return 'generic';
    return 'situation';
  }
  // "We're sorry." said to a name: "Sorry, Dana." / "Sorry Dana!"
  if (rest.length === 1 && /^\p{Lu}/u.test(rest[0]?.text ?? '')) return 'bare';
  return 'situation';
}

/** The apologies that count as the "apologizes for the situation" move. */
export const situationApologies = perReply((reply) =>
  apologies(reply).filter(
    (a) => a.kind === 'situation' || a.kind === 'sympathy' || a.kind === 'bare',
  ),
);
