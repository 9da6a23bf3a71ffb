import type { Span } from '../types.js';
import { perReply } from './memo.js';
import type { Reply } from './reply.js';
import type { Word } from './words.js';

// How long a reply reads: words as a reader counts them (a contraction is one
// word, links and @handles none) and characters as a platform counts them
// (leading @handles are free on social, a link costs 23).

/** Twitter/X counts every link as 23 characters. */
export const LINK_LENGTH = 23;

/** The words a reader reads, one per written word, outside the sign-off and quotes. */
export const readWords = perReply((reply): Word[] => {
  const seen = new Set<number>();
  return reply.words.filter((w) => {
    if (seen.has(w.span.start)) return false;
    seen.add(w.span.start);
    if (/^(?:@|https?:|www\.)/i.test(w.text)) return false;
    if (!/[\p{L}\p{N}]/u.test(w.text)) return false;
    return !reply.inSignoff(w.span) && !reply.isQuoted(w.span);
  });
});

/** Words of one sentence, counted the same way. */
export function sentenceWords(reply: Reply, sentence: number): Word[] {
  return readWords(reply).filter((w) => w.sentence === sentence);
}

/** Characters as a social platform counts them, with the offset where each counted character sits. */
export function platformLength(text: string): { length: number; offsetAt(count: number): number } {
  const lead = /^\s*(?:@\w+[\s,]*)*/u.exec(text)?.[0].length ?? 0;
  const body = text.slice(lead).trimEnd();
  const pieces: Array<{ offset: number; cost: number; size: number }> = [];
  const link = /https?:\/\/\S+/g;
  let at = 0;
  for (const m of body.matchAll(link)) {
    const index = m.index ?? 0;
    for (const ch of body.slice(at, index)) {
      pieces.push({ offset: lead + at, cost: 1, size: ch.length });
      at += ch.length;
    }
    pieces.push({ offset: lead + index, cost: LINK_LENGTH, size: m[0].length });
    at = index + m[0].length;
  }
  for (const ch of body.slice(at)) {
    pieces.push({ offset: lead + at, cost: 1, size: ch.length });
    at += ch.length;
  }
  const length = pieces.reduce((n, p) => n + p.cost, 0);
  return {
    length,
    offsetAt(count: number): number {
      let total = 0;
      for (const p of pieces) {
        if (total + p.cost > count) return p.offset;
        total += p.cost;
      }
      return lead + body.length;
    },
  };
}

/** The span from `start` to the end of the reply's text (trailing space trimmed). */
export function restOf(reply: Reply, start: number): Span {
  return { start, end: Math.max(start, reply.text.trimEnd().length) };
}
