import type { Span } from '../types.js';

// Text the draft quotes (the customer's words, a UI label, an earlier message)
// is not the agent's own phrasing, so rules do not flag it.

const MAX_QUOTE = 600;
const PAIRS: Array<[string, string]> = [
  ['\u201c', '\u201d'], // “ ”
  ['"', '"'],
  ['\u00ab', '\u00bb'], // « »
];

/** Spans of quoted passages: paired quotation marks within a paragraph, and "> " lines. */
export function findQuotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const end = text.indexOf(close, start + 1);
      if (end < 0) break;
      const inner = text.slice(start + 1, end);
      if (inner.length <= MAX_QUOTE && !/\n\s*\n/.test(inner)) {
        spans.push({ start, end: end + 1 });
        from = end + 1;
      } else {
        from = start + 1;
      }
    }
  }
  // Single curly quotes only when the opening one starts a word, so apostrophes are not taken.
  for (const match of text.matchAll(
    /(^|[\s(])\u2018([^\u2018\u2019\n]{1,300}?)\u2019(?![\p{L}])/gu,
  )) {
    const start = (match.index ?? 0) + (match[1] ?? '').length;
    spans.push({ start, end: start + (match[2] ?? '').length + 2 });
  }
  for (const match of text.matchAll(/^[ \t]*>.*$/gm)) {
    spans.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function insideAny(spans: readonly Span[], span: Span): boolean {
  return spans.some((q) => span.start >= q.start && span.end <= q.end);
}
