import type { NlpTerm } from './nlp.js';
import type { Reg } from './patterns.js';

/**
 * Word pairs a compromise pattern needs side by side, to skip running it on a sentence
 * that lacks them. compromise's matcher tries a pattern from every term of a sentence,
 * and most tries fail: "(what|everything|anything) you" runs on every sentence with
 * "you". Two required, consecutive terms of plain words ("(if|when) you") can only
 * match where a word of the first is followed by a word of the second. The check
 * errs towards running the matcher: any form of a term counts, and a term may be
 * followed by the one after an implicit term, as compromise skips those in contractions.
 */

/**
 * Keys of a term that matches words exactly once: its words, and where it sits. Any
 * other key (optional, negative, greedy, a #Tag, a /regex/…) rules the term out.
 */
const WORD_TERM_KEYS = new Set([
  'word',
  'fastOr',
  'choices',
  'operator',
  'start',
  'end',
  'group',
  'groupStart',
  'groupEnd',
  'id',
]);

function matchesWordsOnce(reg: Reg): boolean {
  return Object.keys(reg).every(
    (key) => reg[key] === undefined || reg[key] === false || WORD_TERM_KEYS.has(key),
  );
}

/** The words a term can start and end with, when it matches words only and exactly once. */
function wordEnds(reg: Reg): { first: string[]; last: string[] } | undefined {
  if (!matchesWordsOnce(reg)) return undefined;
  if (typeof reg.word === 'string') return { first: [reg.word], last: [reg.word] };
  if (reg.fastOr) return { first: [...reg.fastOr], last: [...reg.fastOr] };
  if (reg.operator !== 'or' || !reg.choices) return undefined;
  const first: string[] = [];
  const last: string[] = [];
  for (const choice of reg.choices) {
    // An alternative of plain words ("as long as"), each matched once.
    const words = choice.map((r) => (matchesWordsOnce(r) ? r.word : undefined));
    if (words.length === 0 || !words.every((w) => typeof w === 'string')) return undefined;
    first.push(words[0] as string);
    last.push(words[words.length - 1] as string);
  }
  return { first, last };
}

/**
 * Per pair of consecutive pattern terms that match words exactly once: the "a b" pairs,
 * one of which a sentence must hold for the pattern to match.
 */
export function requiredPairs(regs: unknown): string[][] {
  if (!Array.isArray(regs)) return [];
  const groups: string[][] = [];
  for (let i = 0; i + 1 < regs.length; i++) {
    const left = wordEnds(regs[i] as Reg);
    const right = left && wordEnds(regs[i + 1] as Reg);
    if (!left || !right) continue;
    groups.push(left.last.flatMap((a) => right.first.map((b) => `${a} ${b}`)));
  }
  return groups;
}

/** Every form under which compromise may match a term's word. */
function formsOf(term: NlpTerm): Set<string> {
  const forms = new Set([term.normal, term.text, term.text.toLowerCase()]);
  if (term.machine) forms.add(term.machine);
  if (term.implicit) forms.add(term.implicit);
  if (term.root) forms.add(term.root);
  for (const alias of term.alias ?? []) forms.add(alias);
  return forms;
}

/** The "a b" pairs of a sentence's terms (a term, then the next, or the one after an implicit term). */
export function sentencePairs(terms: readonly NlpTerm[]): Set<string> {
  const pairs = new Set<string>();
  const forms = terms.map(formsOf);
  terms.forEach((term, i) => {
    const next = [i + 1];
    if (term.implicit && terms[i + 1]?.implicit) next.push(i + 2);
    for (const j of next) {
      for (const a of forms[i] ?? []) for (const b of forms[j] ?? []) pairs.add(`${a} ${b}`);
    }
  });
  return pairs;
}

/** Whether a sentence holding `pairs` holds a pair of each group. */
export function holdsPairs(groups: readonly string[][], pairs: ReadonlySet<string>): boolean {
  return groups.every((group) => group.some((pair) => pairs.has(pair)));
}
