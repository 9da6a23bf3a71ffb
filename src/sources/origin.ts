import type { Origin } from '../types.js';
import { LineIndex } from './lines.js';

/** A decoded source file; its line index is built once and shared by its drafts. */
export interface SourceText {
  readonly text: string;
  readonly lines: LineIndex;
}

export function sourceText(text: string): SourceText {
  let lines: LineIndex | undefined;
  return {
    text,
    get lines() {
      lines ??= new LineIndex(text);
      return lines;
    },
  };
}

/** The draft text is the source itself (plain text; blanked copies of the same length). */
export function identityOrigin(source: SourceText): Origin {
  return {
    source: source.text,
    get lines() {
      return source.lines;
    },
    sourceOffset: (offset) => offset,
  };
}

/**
 * The draft text was decoded from a slice of the source whose length differs
 * (JSON escapes, HTML entities): `table[i]` is the source offset of text offset i,
 * and `table[text.length]` the offset just past the slice.
 */
export function tableOrigin(source: SourceText, table: ArrayLike<number>): Origin {
  const last = table.length - 1;
  return {
    source: source.text,
    get lines() {
      return source.lines;
    },
    sourceOffset: (offset) => table[Math.max(0, Math.min(offset, last))] ?? 0,
  };
}
