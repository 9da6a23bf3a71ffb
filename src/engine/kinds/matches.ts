import type { Span } from '../../types.js';

interface Located {
  span: Span;
  sentence: number;
}

/** Drops matches that an `unless` match overlaps in the same sentence. */
export function withoutExceptions<T extends Located>(
  matches: T[],
  exceptions: readonly Located[],
): T[] {
  return matches.filter(
    (m) =>
      !exceptions.some(
        (x) => x.sentence === m.sentence && x.span.start < m.span.end && m.span.start < x.span.end,
      ),
  );
}

/** One finding per stretch of text: overlapping matches merge into the earliest, longest one. */
export function nonOverlapping<T extends Located>(matches: T[]): T[] {
  const sorted = [...matches].sort(
    (a, b) => a.span.start - b.span.start || b.span.end - a.span.end,
  );
  const kept: T[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.span.start < last.span.end) continue;
    kept.push(m);
  }
  return kept;
}
