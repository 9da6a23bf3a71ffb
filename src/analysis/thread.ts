import { readWords } from './length.js';
import type { Reply } from './reply.js';

// Social replies are often one part of a thread ("1/2", "2/3", ">>>") or cut
// off by the platform ("Please l... https://t.co/…"). A move missing from what we
// see may be in the part we don't, so the "missing move" rules stay quiet on them.

/** "1/2", "(2/3)", "[1/2]" at the start or the end of the reply. */
const PART_MARKER =
  /(?:^|\s)[([]?\d{1,2}\s?\/\s?\d{1,2}[)\]]?(?=\s*$)|^\s*(?:@\S+\s+)*[([]?\d{1,2}\/\d{1,2}[)\]]?\s/u;
/** "…>>>", "(cont)", "cont'd" at the end. */
const CONTINUES = /(?:>{2,}|\(cont(?:'d|inued)?\.?\)|\bcont(?:'d|inued)\.?)\s*$/iu;
/** Cut off by the platform, which then links the rest: "…Please l... https://t.co/x". */
const TRUNCATED = /\p{L}(?:\.{3}|…)\s*https?:\/\/\S+\s*$/u;

/** Is this reply visibly one part of a longer thread, or truncated? */
export function isPartOfThread(text: string): boolean {
  const trimmed = text.trim();
  return PART_MARKER.test(trimmed) || CONTINUES.test(trimmed) || TRUNCATED.test(trimmed);
}

/** Chat messages shorter than this are turns in a conversation ("sure! let me check that"). */
export const CHAT_TURN_WORDS = 10;

/**
 * Is this draft one visible piece of a longer exchange: one part of a thread, a
 * truncated tweet, or a short chat turn? A move missing from it may be in
 * another piece, so the "missing move" rules leave it alone.
 */
export function isFragment(reply: Reply): boolean {
  if (isPartOfThread(reply.text)) return true;
  return reply.draft.channel === 'chat' && readWords(reply).length < CHAT_TURN_WORDS;
}
