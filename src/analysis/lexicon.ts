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

/** compromise match patterns; only sentences holding a pattern's words get tagged. */
export function patternFinder(patterns: readonly string[]): (reply: Reply) => PatternMatch[] {
  finderPatterns.push(...patterns);
  let compiled: CompiledPatterns | undefined;
  return perReply((reply) => {
    compiled ??= compilePatterns(patterns);
    return reply.match(compiled);
  });
}
