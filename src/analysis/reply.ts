import type { Draft, Span } from '../types.js';
import { analyseCustomer, type CustomerMessage } from './customer.js';
import { findNameUses, type NameUse } from './names.js';
import { type NlpTerm, type NlpView, nlp, taggerHooks } from './nlp.js';
import { couldMatch } from './pattern-walk.js';
import type { CompiledPatterns, CompiledPhrase, Reg } from './patterns.js';
import { candidatePatterns, mayMatch, phraseWordMatches } from './patterns.js';
import { findQuotedSpans, insideAny } from './quotes.js';
import { findGreeting, findSignoff, type Greeting } from './salutation.js';
import { normalizeToken, type Word, wordsOfSentence } from './words.js';

export interface Sentence {
  index: number;
  span: Span;
  text: string;
  words: Word[];
  /** Ends with a question mark. */
  question: boolean;
}

/** A word of a pattern match, with its part-of-speech tags. */
export interface MatchedTerm {
  text: string;
  norm: string;
  tags: ReadonlySet<string>;
  span: Span;
}

export interface PatternMatch {
  /** Index of the pattern in its CompiledPatterns. */
  pattern: number;
  sentence: number;
  span: Span;
  terms: MatchedTerm[];
}

export interface PhraseMatch {
  phrase: number;
  sentence: number;
  span: Span;
}

const NO_TAGS: ReadonlySet<string> = new Set();

/**
 * REPLYLINT_EAGER_TAGGING=1 tags every sentence of every draft and runs every
 * pattern on it with compromise's matcher, no cheap check first: the plain path the
 * same-answers test compares lazy tagging and couldMatch with. Analyses that can stop
 * early (actions.ts's someAction) take their plain, exhaustive way too.
 */
export const EAGER_TAGGING = process.env.REPLYLINT_EAGER_TAGGING === '1';

/**
 * The analysed draft. Built once per draft; the expensive parts (tagging,
 * moves) happen on first use. Rules only read it: they never parse text.
 */
export class Reply {
  readonly draft: Draft;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly words: readonly Word[];
  readonly greeting: Greeting | null;
  readonly signoff: Span | null;
  readonly quoted: readonly Span[];
  private readonly doc: NlpView;
  private readonly tagged = new Set<number>();
  private readonly chunked = new Set<number>();
  private readonly wordSets: Array<Set<string> | undefined> = [];
  private readonly reshaped: Array<boolean | undefined> = [];
  private nameUsesCache: NameUse[] | undefined;
  private customerCache: CustomerMessage | null | undefined;

  constructor(draft: Draft) {
    this.draft = draft;
    this.text = draft.text;
    this.doc = nlp().tokenize(analysisText(draft.text)) as unknown as NlpView;
    this.doc.compute(['offset', 'index']);
    this.sentences = this.doc.docs.map((terms, index) => sentenceOf(terms, index, draft.text));
    this.words = this.sentences.flatMap((s) => s.words);
    this.greeting = findGreeting(draft.text);
    this.signoff = findSignoff(draft.text);
    this.quoted = findQuotedSpans(draft.text);
    if (EAGER_TAGGING) this.tag(this.sentences.map((s) => s.index));
  }

  /** The customer's message this draft answers (--context), analysed; null when unknown. */
  get customer(): CustomerMessage | null {
    if (this.customerCache === undefined) {
      const context = this.draft.context?.trim();
      this.customerCache = context ? analyseCustomer(context) : null;
    }
    return this.customerCache;
  }

  /** The customer's name: --name or config, else their sign-off in the context. */
  get knownName(): string | undefined {
    return this.draft.name ?? this.customer?.name;
  }

  /** Where the reply addresses the customer by name (greeting, "Thanks, Dana", a name placeholder). */
  get nameUses(): readonly NameUse[] {
    this.nameUsesCache ??= findNameUses({
      text: this.text,
      greeting: this.greeting,
      signoff: this.signoff,
      quoted: this.quoted,
      knownName: this.knownName,
      namePlaceholders: (this.draft.placeholders ?? [])
        .filter((p) => p.kind === 'name')
        .map((p) => p.span),
      tagsAt: (span) => this.tagsAt(span),
    });
    return this.nameUsesCache;
  }

  isQuoted(span: Span): boolean {
    return insideAny(this.quoted, span);
  }

  inSignoff(span: Span): boolean {
    return this.signoff !== null && span.start >= this.signoff.start;
  }

  sentenceAt(offset: number): Sentence | undefined {
    return this.sentences.find((s) => offset >= s.span.start && offset < s.span.end);
  }

  /**
   * Matches of compiled compromise patterns (of those in `only`, when given); only
   * sentences that could match are tagged.
   */
  match(compiled: CompiledPatterns, only?: ReadonlySet<number>): PatternMatch[] {
    // First the patterns each sentence could match, so that the sentences they need
    // tagged are tagged together: one tagger run per call, not one per sentence.
    const plan: Array<{ sentence: number; patterns: number[] }> = [];
    const toTag: number[] = [];
    const wanted = (p: number) => only === undefined || only.has(p);
    for (const sentence of this.sentences) {
      const present = this.wordSet(sentence.index);
      const patterns = EAGER_TAGGING
        ? compiled.regs.map((_, p) => p).filter(wanted)
        : candidatePatterns(compiled, present).filter(
            (p) =>
              wanted(p) &&
              mayMatch(compiled, p, present) &&
              this.mayHoldWords(compiled, p, sentence.index),
          );
      if (patterns.length === 0) continue;
      plan.push({ sentence: sentence.index, patterns });
      // A words-only pattern matches an untagged sentence the same, unless tagging
      // will reshape it by splitting a contraction ("it's" → it is / it has).
      if (
        patterns.some((p) => compiled.needsTags[p] !== false) ||
        this.reshapedByTagging(sentence.index)
      ) {
        toTag.push(sentence.index);
      }
    }
    this.tag(toTag);
    const matches: PatternMatch[] = [];
    for (const { sentence, patterns } of plan) {
      for (const p of patterns) {
        if (compiled.needsChunks[p]) this.chunk(sentence);
        const terms = this.doc.docs[sentence] ?? [];
        // Words and tags present, but not in the order the pattern needs them.
        if (!EAGER_TAGGING && !couldMatch(compiled.regs[p] as Reg[], terms)) continue;
        const { ptrs } = matchTerms(terms, compiled.regs[p]);
        for (const [, start, end] of ptrs) {
          const matched = matchedTerms(terms.slice(start, end));
          const first = matched.find((t) => t.text !== '');
          const last = [...matched].reverse().find((t) => t.text !== '');
          if (!first || !last) continue;
          matches.push({
            pattern: p,
            sentence,
            span: { start: first.span.start, end: last.span.end },
            terms: matched,
          });
        }
      }
    }
    return matches.sort((a, b) => a.span.start - b.span.start || a.pattern - b.pattern);
  }

  /** Matches of literal phrases (contractions and apostrophes normalized), no tagging needed. */
  findPhrases(phrases: readonly CompiledPhrase[]): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    for (const sentence of this.sentences) {
      const words = sentence.words;
      for (let i = 0; i < words.length; i++) {
        phrases.forEach((phrase, p) => {
          const n = phrase.words.length;
          if (i + n > words.length) return;
          for (let k = 0; k < n; k++) {
            if (!phraseWordMatches(phrase.words[k] as Word, words[i + k] as Word)) return;
          }
          const first = words[i] as Word;
          const last = words[i + n - 1] as Word;
          matches.push({
            phrase: p,
            sentence: sentence.index,
            span: { start: first.span.start, end: last.span.end },
          });
        });
      }
    }
    return matches;
  }

  /** Part-of-speech tags of the word starting at `span.start` (tags its sentence on demand). */
  tagsAt(span: Span): ReadonlySet<string> {
    const sentence = this.sentenceAt(span.start);
    if (!sentence) return NO_TAGS;
    this.tag([sentence.index]);
    const term = (this.doc.docs[sentence.index] ?? []).find(
      (t) => t.offset?.start === span.start && t.text !== '',
    );
    return term?.tags ?? NO_TAGS;
  }

  /** The tagged terms of a sentence, for code rules that inspect grammar. */
  taggedTerms(sentence: number): MatchedTerm[] {
    this.tag([sentence]);
    return matchedTerms(this.doc.docs[sentence] ?? []);
  }

  /** Every form of every word of a sentence, for cheap "could this pattern match here?" checks. */
  private wordSet(index: number): ReadonlySet<string> {
    this.wordSets[index] ??= wordsPresent(this.sentences[index]?.words ?? []);
    return this.wordSets[index];
  }

  /**
   * Whether an untagged sentence has pattern `p`'s words in its order (any #Tag may fit),
   * so that it is tagged only if worth it. A tagged sentence is walked with its tags
   * before the matcher runs; one whose words tagging may still split is let through.
   */
  private mayHoldWords(compiled: CompiledPatterns, p: number, index: number): boolean {
    if (this.tagged.has(index) || this.reshapedByTagging(index)) return true;
    return couldMatch(compiled.regs[p] as Reg[], this.doc.docs[index] ?? [], { tagged: false });
  }

  private reshapedByTagging(index: number): boolean {
    this.reshaped[index] ??= taggingMayReshape(this.doc.docs[index] ?? []);
    return this.reshaped[index];
  }

  /** compromise's chunks (<Noun>, <Verb>…), which no built-in rule reads: made only when asked. */
  private chunk(index: number): void {
    if (this.chunked.has(index)) return;
    this.tag([index]);
    this.doc.eq(index).compute('chunks');
    this.chunked.add(index);
  }

  /**
   * Tags these sentences (those not tagged yet) in one run of the tagger: one run costs
   * ~20 % less than a run per sentence, and gives each sentence the tags compromise gives
   * it in the whole text. (Its contraction splitter works on the whole document, so a
   * later run may differ on a sentence with a contraction; the same-answers test holds
   * findings to the plain path's.)
   */
  private tag(indices: readonly number[]): void {
    const todo = indices.filter((index) => !this.tagged.has(index));
    if (todo.length === 0) return;
    this.doc
      .update(todo.map((index) => [index, 0, this.doc.docs[index]?.length ?? 0]))
      .compute(TAG_HOOKS());
    // The tagger splits contractions ("it's" → it + is) into new term objects, in every
    // sentence of the draft, not only these: those have no offset yet.
    if (this.doc.docs.some((terms) => terms.some((t) => t.text !== '' && !t.offset))) {
      this.doc.compute('offset');
    }
    for (const index of todo) {
      (this.doc.docs[index] ?? []).forEach((term, i) => {
        (term as NlpTerm & { index?: [number, number] }).index = [index, i];
      });
      this.tagged.add(index);
    }
  }
}

/**
 * Whether tagging may change a tokenized sentence's words: compromise's tagger
 * (contractionTwo) splits a word left unexpanded by tokenizing whose normal form
 * ends in 's, 'd or 't ("it's" → it is / it has, "ain't"), and nothing else.
 */
export function taggingMayReshape(terms: readonly NlpTerm[]): boolean {
  return terms.some((t) => !t.implicit && SPLIT_ENDINGS.has(t.normal.split("'")[1] ?? ''));
}

const SPLIT_ENDINGS = new Set(['s', 'd', 't']);

let tagHooks: string[] | undefined;
function TAG_HOOKS(): string[] {
  tagHooks ??= ['id', ...taggerHooks().filter((h) => h !== 'contractions' && h !== 'chunks')];
  return tagHooks;
}

/**
 * The text handed to compromise: same length as the draft, with line breaks
 * that only wrap a sentence (next line starts lower-case) turned into spaces,
 * and CR line endings turned into LF, so offsets stay 1:1.
 */
export function analysisText(text: string): string {
  return text
    .replace(/\r\n/g, ' \n')
    .replace(/\r/g, '\n')
    .replace(/([^\n.!?:;])\n(?=[ \t]*\p{Ll})/gu, '$1 ');
}

function sentenceOf(terms: readonly NlpTerm[], index: number, text: string): Sentence {
  const words = wordsOfSentence(terms, index);
  const withText = terms.filter((t) => t.text !== '' && t.offset);
  const first = withText[0];
  const last = withText[withText.length - 1];
  const start = first?.offset?.start ?? 0;
  let end = last?.offset ? last.offset.start + last.offset.length : start;
  const post = last?.post ?? '';
  // Include the closing punctuation in the sentence span.
  const closing = /^[^\s]*/.exec(post)?.[0] ?? '';
  end += closing.length;
  return {
    index,
    span: { start, end },
    text: text.slice(start, end),
    words,
    // "…phone #?": compromise may keep the question mark in a symbol term ("#?").
    question: `${last?.text ?? ''}${post.split('\n')[0] ?? ''}`.includes('?'),
  };
}

/** The forms under which a pattern's plain words can find a sentence's words. */
export function wordsPresent(words: readonly Word[]): Set<string> {
  const set = new Set<string>();
  for (const w of words) {
    set.add(w.norm);
    for (const alt of w.alts ?? []) set.add(alt);
    set.add(normalizeToken(w.text));
  }
  return set;
}

function matchedTerms(terms: readonly NlpTerm[]): MatchedTerm[] {
  let host: Span = { start: 0, end: 0 };
  return terms.map((t) => {
    if (t.text !== '' && t.offset)
      host = { start: t.offset.start, end: t.offset.start + t.offset.length };
    return {
      text: t.text,
      norm: normalizeToken(t.implicit ?? t.machine ?? t.normal),
      tags: t.tags ?? NO_TAGS,
      span: host,
    };
  });
}

/** compromise's own matcher on one sentence's terms, with a pattern parsed once. */
function matchTerms(terms: NlpTerm[], regs: unknown): { ptrs: Array<[number, number, number]> } {
  const one = (nlp().world() as { methods: { one: { match: MatchFn } } }).methods.one;
  return one.match([terms], { regs });
}

type MatchFn = (
  docs: NlpTerm[][],
  todo: { regs: unknown },
) => { ptrs: Array<[number, number, number]> };
