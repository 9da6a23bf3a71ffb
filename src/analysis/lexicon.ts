import { perReply } from './memo.js';
import {
  type CompiledPatterns,
  type CompiledPhrase,
  compilePatterns,
  compilePhrases,
} from './patterns.js';
import type { PatternMatch, PhraseMatch, Reply } from './reply.js';

// Word lists and compromise patterns that the analysis modules look for,
// compiled once per process (after compromise has loaded) and matched once per Reply.

/** Literal phrases (contractions, case and curly quotes normalized). */
export function phraseFinder(phrases: readonly string[]): (reply: Reply) => PhraseMatch[] {
  let compiled: CompiledPhrase[] | undefined;
  return perReply((reply) => {
    compiled ??= compilePhrases(phrases);
    return reply.findPhrases(compiled);
  });
}

const finderPatterns: string[] = [];

/** Every pattern given to patternFinder so far (the tests check them for silent misses). */
export function analysisPatterns(): readonly string[] {
  return finderPatterns;
}

/** Registers patterns for analysisPatterns() and compiles them on first use (compromise loaded). */
function lazyPatterns(patterns: readonly string[]): () => CompiledPatterns {
  finderPatterns.push(...patterns);
  let compiled: CompiledPatterns | undefined;
  return () => {
    compiled ??= compilePatterns(patterns);
    return compiled;
  };
}

/** compromise match patterns; only sentences holding a pattern's words get tagged. */
export function patternFinder(patterns: readonly string[]): (reply: Reply) => PatternMatch[] {
  const compile = lazyPatterns(patterns);
  return perReply((reply) => reply.match(compile()));
}

/**
 * A patternFinder that can also tell whether some of its patterns match, without tagging
 * a sentence when a pattern of words alone (tried first) answers (tagging is most of the
 * NLP cost; most replies answer "is there a next step?" with their words).
 */
export interface PresenceFinder {
  /** Matches of every pattern, as patternFinder gives them. */
  (reply: Reply): PatternMatch[];
  /**
   * Whether a pattern `which` picks has a match `accept` takes: the same as
   * finder(reply).some((m) => which(m.pattern) && accept(m)). `which` is compared by
   * identity (pass a function defined once).
   */
  some(
    reply: Reply,
    which: (pattern: number) => boolean,
    accept: (m: PatternMatch) => boolean,
  ): boolean;
}

export function presenceFinder(patterns: readonly string[]): PresenceFinder {
  const compile = lazyPatterns(patterns);
  /** Per `which`: its patterns of words alone, then those that read tags. */
  const tiers = new Map<(pattern: number) => boolean, Array<ReadonlySet<number>>>();
  const tiersOf = (which: (pattern: number) => boolean) => {
    let found = tiers.get(which);
    if (!found) {
      const { needsTags } = compile();
      const picked = patterns.map((_, p) => p).filter(which);
      found = [
        new Set(picked.filter((p) => needsTags[p] === false)),
        new Set(picked.filter((p) => needsTags[p] !== false)),
      ];
      tiers.set(which, found);
    }
    return found;
  };
  const matchesOf = perReply(() => new Map<ReadonlySet<number>, PatternMatch[]>());
  const finder = perReply((reply) => reply.match(compile())) as PresenceFinder;
  finder.some = (reply, which, accept) =>
    tiersOf(which).some((tier) => {
      if (tier.size === 0) return false;
      const known = matchesOf(reply);
      let matches = known.get(tier);
      if (!matches) {
        matches = reply.match(compile(), tier);
        known.set(tier, matches);
      }
      return matches.some(accept);
    });
  return finder;
}
