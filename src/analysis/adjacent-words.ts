import type { NlpTerm } from './nlp.js';

/**
 * Word pairs a compromise pattern needs side by side, to skip running it on a sentence
 * that lacks them. compromise's matcher tries a pattern from every term of a sentence,
 * and most tries fail: "(what|everything|anything) you" runs on every sentence with
 * "you". Two required, consecutive terms of plain words ("(if|when) you") can only
 * match where a word of the first is followed by a word of the second. The check
 * errs towards running the matcher: any form of a term counts, and a term may be
 * followed by the one after an implicit term, as compromise skips those in contractions.
 */

/** A (parsed) pattern term, as compromise's parser leaves it. */
interface Reg {
  word?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  operator?: string;
  [key: string]: unknown;
}

/** Keys that do not change which words a term matches, only where or how often. */
const POSITION_KEYS = new Set(['start', 'end', 'group', 'groupStart', 'groupEnd', 'id']);

/** The words a term can start and end with, when it matches words only and exactly once. */
function wordEnds(reg: Reg): { first: string[]; last: string[] } | undefined {
  if (reg.optional || reg.negative || reg.greedy) return undefined;
  const other = Object.keys(reg).some(
    (key) =>
      reg[key] !== undefined &&
      reg[key] !== false &&
      !POSITION_KEYS.has(key) &&
      !['word', 'fastOr', 'choices', 'operator'].includes(key),
  );
  if (other) return undefined;
  if (typeof reg.word === 'string') return { first: [reg.word], last: [reg.word] };
  if (reg.fastOr) return { first: [...reg.fastOr], last: [...reg.fastOr] };
  if (reg.operator === 'or' && reg.choices) {
    const first: string[] = [];
    const last: string[] = [];
    for (const choice of reg.choices) {
      const head = choice[0];
      const tail = choice[choice.length - 1];
      if (!head || !tail || !choice.every((r) => wordEnds(r)?.first.length === 1)) return undefined;
      first.push(head.word as string);
      last.push(tail.word as string);
    }
    return { first, last };
  }
  return undefined;
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
function formsOf(term: NlpTerm & { alias?: string[]; root?: string }): Set<string> {
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
