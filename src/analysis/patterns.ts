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
  /**
   * Patterns by a word that a sentence must hold for them to match (one required word,
   * or every word of one required block), so that a sentence is checked only against
   * the patterns its own words point to; see candidatePatterns.
   */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  /** Patterns that need no particular word: checked against every sentence. */
  readonly anyWords: readonly number[];
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
  const needs = matches.map((m) => (m.needs ?? []).filter(plainWord));
  const wants = matches.map((m) => {
    const words = m.wants ?? [];
    // Only usable as a filter when every alternative is a plain word (buildNet
    // leaves /regex/ alternatives out of `wants` altogether).
    return words.every(plainWord) && !hasRegexChoice(m.regs)
      ? { words, min: m.minWant ?? 0 }
      : { words: [], min: 0 };
  });
  const choices = matches.map((m) => requiredChoices(m.regs));
  const byWord = new Map<string, number[]>();
  const anyWords: number[] = [];
  matches.forEach((_, p) => {
    const words = triggerWords(needs[p] ?? [], choices[p] ?? [], wants[p]);
    if (!words) anyWords.push(p);
    for (const word of words ?? []) {
      const list = byWord.get(word);
      if (list) list.push(p);
      else byWord.set(word, [p]);
    }
  });
  return {
    patterns,
    regs: matches.map((m) => m.regs),
    needs,
    wants,
    choices,
    needsTags: matches.map((m) => readsTags(m.regs)),
    needsChunks: matches.map((m) => readsChunks(m.regs)),
    byWord,
    anyWords,
  };
}

/**
 * Words of which a sentence must hold at least one for the pattern to match (implied by
 * its needs, choices and wants), or undefined when it needs no particular word.
 */
function triggerWords(
  needs: readonly string[],
  choices: ReadonlyArray<readonly string[]>,
  wants: { words: readonly string[]; min: number } | undefined,
): readonly string[] | undefined {
  // The longest required word is likely the rarest: fewer sentences to check.
  const longest = [...needs].sort((a, b) => b.length - a.length)[0];
  if (longest !== undefined) return [longest];
  const smallest = [...choices].sort((a, b) => a.length - b.length)[0];
  if (smallest !== undefined && smallest.length > 0) return smallest;
  if (wants && wants.min >= 1 && wants.words.length > 0) return wants.words;
  return undefined;
}

/** Whether a sentence holding the words `present` has every word pattern `p` needs. */
export function mayMatch(
  compiled: CompiledPatterns,
  p: number,
  present: ReadonlySet<string>,
): boolean {
  if (!(compiled.needs[p] ?? []).every((w) => present.has(w))) return false;
  if (!(compiled.choices[p] ?? []).every((block) => block.some((w) => present.has(w)))) {
    return false;
  }
  const wants = compiled.wants[p];
  if (!wants || wants.words.length === 0) return true;
  return wants.words.filter((w) => present.has(w)).length >= wants.min;
}

/**
 * The patterns that a sentence holding `present` could match, each once: those that need
 * no word, then those its words index (in no particular order: Reply.match sorts what
 * they find). Each still has to pass mayMatch.
 */
export function candidatePatterns(
  compiled: CompiledPatterns,
  present: ReadonlySet<string>,
): number[] {
  const found = [...compiled.anyWords];
  const indexed = found.length;
  const take = (patterns: readonly number[]) => {
    // A pattern is indexed under every word of its shortest (a|b) block: keep it once.
    for (const p of patterns) if (found.indexOf(p, indexed) === -1) found.push(p);
  };
  // Look up the words of the smaller side: a rule's few index words, or the sentence's.
  if (compiled.byWord.size < present.size) {
    for (const [word, patterns] of compiled.byWord) if (present.has(word)) take(patterns);
  } else {
    for (const word of present) {
      const patterns = compiled.byWord.get(word);
      if (patterns) take(patterns);
    }
  }
  return found;
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

/** A parsed pattern term, as compromise's parser leaves it. */
export interface Reg {
  optional?: boolean;
  negative?: boolean;
  greedy?: boolean;
  anything?: boolean;
  start?: boolean;
  min?: number;
  max?: number;
  operator?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  word?: string;
  tag?: string;
  /** The #Tag a `{word/tag}` list's word must carry. */
  pos?: string;
  /** The term field a word is compared with, instead of the usual forms. */
  use?: string;
  fuzzy?: boolean;
  id?: string;
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
