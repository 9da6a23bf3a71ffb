import type { Span } from '../types.js';
import { situationApologies } from './apologies.js';
import { empathyStatements } from './empathy.js';
import { perReply } from './memo.js';
import type { Reply } from './reply.js';
import type { Word } from './words.js';

// "I understand your frustration, but…": a contrast right after an empathy
// statement or apology takes it back. A "but" that brings what the agent will
// do ("…, but I can send a replacement today") does not.

export interface Contrast {
  /** The empathy or apology that is undone. */
  empathy: Span;
  /** The contrast word ("but", "however") through the word after it. */
  span: Span;
  /** The contrast word alone. */
  word: Word;
  /** The word after it, if any (for a suggested rewrite). */
  next?: Word;
  sentence: number;
}

const CONTRAST = new Set(['but', 'however']);
/** Words between the empathy and the contrast for it to count as right after it. */
const MAX_GAP = 8;
/** "but I can…", "but we'll…", "but the good news is…": what follows is help, not a take-back. */
const HELPFUL_AFTER =
  /^(?:(?:i|we)\s*(?:'ll|'ve|'d|'m going to|'re going to|will|can|could|have|am going to|are going to|would|did|do|just|also|already|went)\b|let me\b|let us\b|let's\b|here's\b|here is\b|the good news\b|good news\b|rest assured\b|in the meantime\b)/i;
/** …unless the help is itself a no: "but we can't…", "but I have to…". */
const TAKEN_BACK = /\b(?:not|never|no longer|unable|have to|had to|must|only|policy)\b|n't\b/i;

export const contrasts = perReply((reply): Contrast[] => {
  const empathy = [...situationApologies(reply), ...empathyStatements(reply)];
  const found: Contrast[] = [];
  for (const e of empathy) {
    const contrast = contrastAfter(reply, e.span, e.sentence);
    if (contrast && !found.some((f) => f.word.span.start === contrast.word.span.start))
      found.push({ ...contrast, empathy: e.span });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
});

function contrastAfter(
  reply: Reply,
  span: Span,
  sentenceIndex: number,
): Omit<Contrast, 'empathy'> | undefined {
  const sentence = reply.sentences[sentenceIndex];
  if (!sentence) return undefined;
  const after = sentence.words.filter((w) => w.span.start >= span.end);
  // In the same sentence: the first contrast word after the empathy, before another clause starts over.
  let index = after.findIndex((w, i) => i <= MAX_GAP && CONTRAST.has(w.norm));
  let words = after;
  let sentenceOfContrast = sentenceIndex;
  if (index < 0) {
    // Or the next sentence opens with one: "Sorry for the delay. But…"
    const next = reply.sentences[sentenceIndex + 1];
    const first = next?.words.find((w) => !w.text.startsWith('@'));
    if (next && first && CONTRAST.has(first.norm)) {
      words = next.words;
      index = words.indexOf(first);
      sentenceOfContrast = next.index;
    }
  }
  const word = words[index];
  if (index < 0 || !word) return undefined;
  const previous = words[index - 1];
  const following = words[index + 1];
  // "not only … but also", "nothing but", "all but", "anything but".
  if (
    following?.norm === 'also' ||
    ['nothing', 'all', 'anything', 'not'].includes(previous?.norm ?? '')
  )
    return undefined;
  const rest = reply.text
    .slice(word.span.end, sentenceEnd(reply, sentenceOfContrast))
    .replace(/^[\s,]+/, '')
    .replace(/[’‘]/g, "'");
  const firstWords = rest.split(/\s+/).slice(0, 6).join(' ');
  if (HELPFUL_AFTER.test(rest) && !TAKEN_BACK.test(firstWords)) return undefined;
  const start = leadingPunctuation(reply.text, word.span.start);
  return {
    span: { start, end: (following ?? word).span.end },
    word,
    ...(following && { next: following }),
    sentence: sentenceOfContrast,
  };
}

function sentenceEnd(reply: Reply, index: number): number {
  return reply.sentences[index]?.span.end ?? reply.text.length;
}

/** Include the ", " or "; " before the contrast word, so a rewrite can end the sentence there. */
function leadingPunctuation(text: string, at: number): number {
  const match = /[,;–—-]?\s*$/.exec(text.slice(Math.max(0, at - 3), at));
  return at - (match?.[0].length ?? 0);
}
