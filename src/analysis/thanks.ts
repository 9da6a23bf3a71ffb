import type { Span } from '../types.js';
import { perReply } from './memo.js';
import type { Word } from './words.js';

// Thanking: "thank you", "thanks", "TY", "much appreciated", "we appreciate your
// patience", "grateful". "Thanks to the storm…" means "because of", not thanks.

const APPRECIATE_OBJECTS = new Set([
  'you',
  'your',
  'it',
  'this',
  'that',
  'the',
  'all',
  'everything',
  'having',
  'hearing',
]);

export const thanksSpans = perReply((reply): Span[] => {
  const spans: Span[] = [];
  for (const sentence of reply.sentences) {
    const words = sentence.words;
    words.forEach((word, i) => {
      if (isThanks(words, i) && !reply.isQuoted(word.span)) spans.push(word.span);
    });
  }
  return spans;
});

function isThanks(words: readonly Word[], i: number): boolean {
  const word = words[i] as Word;
  const next = words[i + 1]?.norm;
  const previous = words[i - 1]?.norm;
  switch (word.norm) {
    case 'thanks':
    case 'thank':
      if (previous === 'no') return false;
      // "thanks to the courier" = because of; "thanks to you" is thanks.
      if (
        next === 'to' &&
        !['you', 'u', 'everyone', 'all', 'your'].includes(words[i + 2]?.norm ?? '')
      )
        return false;
      return word.norm === 'thanks' || ['you', 'u', 'ya', 'yall', 'for', 'so'].includes(next ?? '');
    case 'thx':
    case 'tx':
    case 'tyvm':
    case 'thankyou':
    case 'grateful':
    case 'gratitude':
    case 'cheers':
      return true;
    case 'ty':
      // Only as written by agents signing off: "TY - Chris".
      return word.text === 'TY' || word.text === 'Ty';
    case 'appreciate':
    case 'appreciated':
      return word.norm === 'appreciated' || APPRECIATE_OBJECTS.has(next ?? '');
    default:
      return false;
  }
}
