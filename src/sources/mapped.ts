import type { Span } from '../types.js';

/**
 * Text extracted from a source, with the source offset of every character:
 * `offsets[i]` is where text[i] came from, `offsets[text.length]` is just past
 * the extracted range. Escapes and entities map all their decoded characters
 * to where they start, so a finding's column always points into the file.
 */
export interface MappedText {
  text: string;
  offsets: Int32Array;
}

/** Builds a MappedText piece by piece. */
export class MappedBuilder {
  private readonly chars: string[] = [];
  private readonly offs: number[] = [];

  get length(): number {
    return this.offs.length;
  }

  /** The last character pushed, or '' when empty. */
  get last(): string {
    return this.chars[this.chars.length - 1]?.slice(-1) ?? '';
  }

  /** Text copied verbatim from `sourceStart` on: character i comes from sourceStart + i. */
  copy(text: string, sourceStart: number): void {
    this.chars.push(text);
    for (let i = 0; i < text.length; i++) this.offs.push(sourceStart + i);
  }

  /** Text decoded from one source construct (an escape, an entity): every character maps to its start. */
  decoded(text: string, sourceStart: number): void {
    this.chars.push(text);
    for (let i = 0; i < text.length; i++) this.offs.push(sourceStart);
  }

  /** Text that is not in the source (a line break for a </p>): it maps to `at`. */
  synthetic(text: string, at: number): void {
    this.decoded(text, at);
  }

  /** Characters of another MappedText, keeping their offsets. */
  append(mapped: MappedText, from = 0, to = mapped.text.length): void {
    this.chars.push(mapped.text.slice(from, to));
    for (let i = from; i < to; i++) this.offs.push(mapped.offsets[i] ?? 0);
  }

  finish(end: number): MappedText {
    const offsets = new Int32Array(this.offs.length + 1);
    offsets.set(this.offs);
    offsets[this.offs.length] = end;
    return { text: this.chars.join(''), offsets };
  }
}

/** The whole of `text`, mapped 1:1 from `start`. */
export function identityMapped(text: string, start = 0): MappedText {
  const offsets = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) offsets[i] = start + i;
  return { text, offsets };
}

/** `inner` was extracted from `outer.text`; map it straight to outer's source. */
export function compose(inner: MappedText, outer: MappedText): MappedText {
  const offsets = new Int32Array(inner.offsets.length);
  const last = outer.offsets.length - 1;
  for (let i = 0; i < inner.offsets.length; i++) {
    offsets[i] = outer.offsets[Math.min(inner.offsets[i] ?? 0, last)] ?? 0;
  }
  return { text: inner.text, offsets };
}

/** Replaces every character of `spans` except line breaks with a space (lengths and offsets stay). */
export function blankSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const span of spans) {
    for (let i = Math.max(0, span.start); i < Math.min(span.end, chars.length); i++) {
      if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
    }
  }
  return chars.join('');
}

export function withText(mapped: MappedText, text: string): MappedText {
  return { text, offsets: mapped.offsets };
}
