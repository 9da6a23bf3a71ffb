import type { Reply } from '../analysis/reply.js';
import type { Span } from '../types.js';

/** A replacement for a stretch of the draft: put `text` in place of `span`. */
export interface Edit {
  span: Span;
  text: string;
}

/**
 * The edit that drops the words at `span` cleanly: with the comma and space
 * after them ("Obviously, the…"), or the space before them when they end the
 * sentence ("…, as I said."). When they open a sentence, the next word takes
 * the capital, so the edit runs to the end of that word: "Please be advised
 * that your order…" → "Your order…".
 */
export function dropWords(reply: Reply, span: Span): Edit {
  const text = reply.text;
  const after = /^[ \t]*[,;:]?[ \t]*/.exec(text.slice(span.end))?.[0] ?? '';
  let end = span.end + after.length;
  const rest = text.slice(end);
  if (/^[.!?]/.test(rest) || rest === '') {
    const before = /[ \t]*,?[ \t]*$/.exec(text.slice(0, span.start))?.[0] ?? '';
    return { span: { start: span.start - before.length, end: span.end }, text: '' };
  }
  if (opensSentence(reply, span.start)) {
    const next = /^\p{Ll}[\p{L}'’-]*/u.exec(rest)?.[0];
    if (next) {
      end += next.length;
      return { span: { start: span.start, end }, text: capitalize(next) };
    }
  }
  return { span: { start: span.start, end }, text: '' };
}

/** "simply click" → "click"; "Simply click" → "Click": `replacement` in the case of `matched`. */
export function inCaseOf(matched: string, replacement: string): string {
  const first = /\p{L}/u.exec(matched)?.[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return capitalize(replacement);
  }
  return replacement;
}

function opensSentence(reply: Reply, offset: number): boolean {
  const sentence = reply.sentenceAt(offset);
  if (!sentence) return false;
  return /^[\s"“‘(]*$/.test(reply.text.slice(sentence.span.start, offset));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
