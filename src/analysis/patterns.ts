import { nlp } from './nlp.js';
import { type Word, wordIs, wordsOfSentence } from './words.js';

/**
 * compromise match patterns parsed once per process (through buildNet, which
 * also works out the plain words each pattern needs), so that a pattern only
 * runs on sentences holding its words, and only those sentences get tagged
 * (tagging is ~90 % of the NLP cost).
 */
export interface CompiledPatterns {
  readonly patterns: readonly string[];
  /** Per pattern: compromise's parsed form, run with its low-level matcher. */
  readonly regs: readonly unknown[];
  /** Per pattern: words that must all appear in a sentence for it to match. */
  readonly needs: ReadonlyArray<readonly string[]>;
  /** Per pattern: at least `min` of `words` must appear (alternatives). */
  readonly wants: ReadonlyArray<{ words: readonly string[]; min: number }>;
  /**
   * Per pattern: its required `(a|b)` blocks of plain words; a sentence must hold
   * a word of each (`wants` alone lets "the" and "is" stand in for "courier").
   */
  readonly choices: ReadonlyArray<ReadonlyArray<readonly string[]>>;
  /**
   * Per pattern: whether it reads anything the tagger sets (#Tag, {root}, <chunk>,
   * %switch%, @method). A pattern of words alone matches an untagged sentence the same.
   */
  readonly needsTags: readonly boolean[];
  /** Per pattern: whether it reads compromise's chunks (<Noun>), which are made on demand. */
  readonly needsChunks: readonly boolean[];
}

interface ParsedMatch {
  match: string;
  id: string;
  regs?: unknown;
  needs?: string[];
  wants?: string[];
  minWant?: number;
}

export class PatternError extends Error {}

export function compilePatterns(patterns: readonly string[]): CompiledPatterns {
  const lib = nlp();
  for (const pattern of patterns) checkPatternSyntax(pattern);
  const matches: ParsedMatch[] = patterns.map((match, i) => ({ match, id: String(i) }));
  // buildNet parses each match in place, adding its regs, needs and wants.
  lib.buildNet(matches as never);
  const plainWord = (s: string) => !s.startsWith('#') && !s.startsWith('%');
  return {
    patterns,
    regs: matches.map((m) => m.regs),
    needs: matches.map((m) => (m.needs ?? []).filter(plainWord)),
    wants: matches.map((m) => {
      const wants = m.wants ?? [];
      // Only usable as a filter when every alternative is a plain word (buildNet
      // leaves /regex/ alternatives out of `wants` altogether).
      return wants.every(plainWord) && !hasRegexChoice(m.regs)
        ? { words: wants, min: m.minWant ?? 0 }
        : { words: [], min: 0 };
    }),
    choices: matches.map((m) => requiredChoices(m.regs)),
    needsTags: matches.map((m) => readsTags(m.regs)),
    needsChunks: matches.map((m) => readsChunks(m.regs)),
  };
}

/** Keys of a parsed term that only look at words, their order and punctuation-free text. */
const WORD_ONLY_KEYS = new Set([
  'word',
  'id',
  'optional',
  'negative',
  'greedy',
  'start',
  'end',
  'anything',
  'operator',
  'fastOr',
  'choices',
  'regex',
  'fuzzy',
  'min',
  'max',
  'group',
  'groupStart',
  'groupEnd',
]);

/** Does a parsed pattern match a <chunk>? */
function readsChunks(regs: unknown): boolean {
  return someTerm(regs, (reg) => reg.chunk !== undefined);
}

/** Does a parsed pattern use anything besides words (so its sentence must be tagged first)? */
function readsTags(regs: unknown): boolean {
  return someTerm(regs, (reg) =>
    Object.keys(reg).some((key) => reg[key] !== undefined && !WORD_ONLY_KEYS.has(key)),
  );
}

/** Whether some term of a parsed pattern, inside (a|b) alternatives too, passes `test` (true when unparsed). */
function someTerm(regs: unknown, test: (reg: Reg) => boolean): boolean {
  if (!Array.isArray(regs)) return true;
  return (regs as Reg[]).some(
    (reg) => test(reg) || (reg.choices ?? []).some((choice) => someTerm(choice, test)),
  );
}

interface Reg {
  optional?: boolean;
  negative?: boolean;
  operator?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  word?: string;
  [key: string]: unknown;
}

/** The words of each required (a|b) block whose alternatives are all plain words. */
function requiredChoices(regs: unknown): string[][] {
  if (!Array.isArray(regs)) return [];
  const blocks: string[][] = [];
  for (const reg of regs as Reg[]) {
    if (reg.operator !== 'or' || reg.optional || reg.negative) continue;
    const words = [...(reg.fastOr ?? [])];
    let plain = true;
    for (const choice of reg.choices ?? []) {
      // An alternative counts by its first word; a #Tag, /regex/ or optional term can't be filtered.
      const first = choice[0];
      if (!first || !isPlainWord(first)) plain = false;
      else words.push(first.word as string);
    }
    if (plain && words.length) blocks.push(words);
  }
  return blocks;
}

function isPlainWord(reg: Reg): boolean {
  const keys = Object.keys(reg).filter((k) => reg[k] !== undefined && reg[k] !== false);
  return typeof reg.word === 'string' && keys.every((k) => k === 'word' || k === 'id');
}

/** Does a parsed pattern have a /regex/ among the alternatives of a (a|b) block? */
function hasRegexChoice(regs: unknown): boolean {
  if (!Array.isArray(regs)) return false;
  return regs.some((reg: { choices?: unknown[][] }) =>
    (reg.choices ?? []).some((alt) => alt.some((r) => (r as { regex?: unknown }).regex)),
  );
}

/** compromise accepts almost anything; catch the mistakes it would silently misread. */
export function checkPatternSyntax(pattern: string): void {
  if (pattern.trim() === '') throw new PatternError('empty pattern');
  let depth = 0;
  for (const c of pattern) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (depth < 0) throw new PatternError(`unbalanced ")" in pattern "${pattern}"`);
  }
  if (depth !== 0) throw new PatternError(`unbalanced "(" in pattern "${pattern}"`);
  const brackets = (pattern.match(/\[/g) ?? []).length - (pattern.match(/\]/g) ?? []).length;
  if (brackets !== 0) throw new PatternError(`unbalanced "[" in pattern "${pattern}"`);
  const braces = (pattern.match(/\{/g) ?? []).length - (pattern.match(/\}/g) ?? []).length;
  if (braces !== 0) throw new PatternError(`unbalanced "{" in pattern "${pattern}"`);
  if ((pattern.match(/\//g) ?? []).length % 2 !== 0) {
    throw new PatternError(`unclosed "/regex/" in pattern "${pattern}"`);
  }
}

/** A literal phrase, as normalized words (contractions expanded like the draft's). */
export interface CompiledPhrase {
  readonly phrase: string;
  readonly words: ReadonlyArray<Word>;
}

export function compilePhrases(phrases: readonly string[]): CompiledPhrase[] {
  const lib = nlp();
  return phrases.map((phrase) => {
    const doc = lib.tokenize(phrase) as unknown as {
      docs: Parameters<typeof wordsOfSentence>[0][];
    };
    const words = doc.docs.flatMap((terms) => wordsOfSentence(terms, 0));
    if (words.length === 0) throw new PatternError(`phrase "${phrase}" has no words`);
    return { phrase, words };
  });
}

/** Does the phrase word match the draft word (either may be an ambiguous contraction)? */
export function phraseWordMatches(phraseWord: Word, draftWord: Word): boolean {
  if (phraseWord.alts) return phraseWord.alts.some((alt) => wordIs(draftWord, alt));
  return wordIs(draftWord, phraseWord.norm);
}
