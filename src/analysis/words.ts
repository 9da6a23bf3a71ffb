import type { Span } from '../types.js';
import type { NlpTerm } from './nlp.js';

/**
 * One word of the draft, normalized for matching: lower case, straight
 * apostrophes, contractions expanded ("can't" → can + not, "I'm" → i + am).
 * A word expanded from a contraction shares its host's span.
 */
export interface Word {
  /** As written in the draft. */
  text: string;
  /** Normalized form used for matching. */
  norm: string;
  /** Other readings of an ambiguous contraction ("it's" → is | has). */
  alts?: readonly string[];
  span: Span;
  sentence: number;
  /** Index of the compromise term in its sentence (for tags). */
  term: number;
}

const PRONOUN_S = new Set([
  'it',
  'he',
  'she',
  'that',
  'there',
  'what',
  'who',
  'here',
  'where',
  'how',
]);
const PRONOUN_D = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'there', 'who']);

/** Normalize a token the way phrases and drafts are compared. */
export function normalizeToken(token: string): string {
  return token
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/^[^\p{L}\p{N}@#{[<%]+|[^\p{L}\p{N}}\]>%]+$/gu, '');
}

/**
 * Words from the terms of one tokenized sentence. compromise's tokenizer
 * expands unambiguous contractions into implicit terms; "'s" and "'d" after a
 * pronoun stay ambiguous until tagging, so both readings are kept as `alts`.
 */
export function wordsOfSentence(terms: readonly NlpTerm[], sentence: number): Word[] {
  const words: Word[] = [];
  let host: Span = { start: 0, end: 0 };
  let hostText = '';
  terms.forEach((term, index) => {
    const offset = term.offset;
    if (term.text !== '' && offset) {
      host = { start: offset.start, end: offset.start + offset.length };
      hostText = term.text;
    }
    if (term.implicit) {
      // "can't" → can (+ an implicit "not" term), "I'm" → i (+ "am").
      words.push({
        text: hostText,
        norm: normalizeToken(term.implicit),
        span: host,
        sentence,
        term: index,
      });
      return;
    }
    const surface = normalizeToken(term.text);
    if (surface === '') return;
    const split = ambiguousContraction(surface);
    if (split) {
      words.push({ text: hostText, norm: split.stem, span: host, sentence, term: index });
      words.push({
        text: hostText,
        norm: split.readings[0],
        alts: split.readings,
        span: host,
        sentence,
        term: index,
      });
      return;
    }
    const norm = term.machine ? normalizeToken(term.machine) : surface;
    words.push({ text: term.text, norm, span: host, sentence, term: index });
  });
  return words;
}

function ambiguousContraction(token: string): { stem: string; readings: [string, string] } | null {
  const match = /^(\p{L}+)'([sd])$/u.exec(token);
  if (!match) return null;
  const stem = match[1] as string;
  if (match[2] === 's' && PRONOUN_S.has(stem)) return { stem, readings: ['is', 'has'] };
  if (match[2] === 'd' && PRONOUN_D.has(stem)) return { stem, readings: ['would', 'had'] };
  return null;
}

/** Does the draft word read as `norm` (in any of its readings)? */
export function wordIs(word: Word, norm: string): boolean {
  return word.norm === norm || (word.alts?.includes(norm) ?? false);
}
