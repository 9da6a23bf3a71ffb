import type { Span } from '../types.js';
import { perReply } from './memo.js';
import type { Reply } from './reply.js';

// When things will happen: concrete times ("by 5 pm tomorrow", "within 24 hours",
// "on Thursday") and vague ones ("soon", "ASAP", "in due course"). Found with
// regular expressions on the text: times are lexical, no tagging needed.

export interface TimeExpression {
  span: Span;
  sentence: number;
  text: string;
}

const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?';
const WEEKDAY_FULL = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const NUMBER =
  '(?:\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty[- ]eight|twenty[- ]four|seventy[- ]two)';
const UNIT =
  '(?:minutes?|mins?|hours?|hrs?|h|(?:working |business |calendar )?days?|weeks?|months?)';

const CONCRETE = new RegExp(
  [
    // Clock times: "5 pm", "5:30pm", "8 p.m.", "17:00".
    `\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m\\.?|p\\.m\\.?)(?![\\p{L}])`,
    `\\b(?:[01]?\\d|2[0-3]):[0-5]\\d\\b`,
    `\\b(?:noon|midday|midnight|end of (?:the )?(?:day|week|month|business day)|close of business|eod|cob)\\b`,
    `\\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|weekend)|next (?:week|month))\\b`,
    `\\b${WEEKDAY_FULL}\\b`,
    `\\b(?:on|by|before|until|till|from|next|this) ${WEEKDAY}\\b`,
    // Dates: "3 March", "March 3rd", "the 5th", "12/22", "23/11/17".
    `\\b\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}\\b`,
    `\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b(?:on|by|before|until) the \\d{1,2}(?:st|nd|rd|th)\\b`,
    `\\b\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}\\b`,
    `\\b(?:\\d{2}\\/\\d{1,2}|\\d{1,2}\\/\\d{2})\\b(?!\\/)`,
    // Durations with a bound: "within 24 hours", "in 3 working days", "within the hour".
    `\\b(?:within|in|under|inside|in the next|within the next|over the next|in under|for the next|no later than)\\s+(?:the\\s+)?(?:next\\s+)?${NUMBER}\\s*${UNIT}(?![\\p{L}])`,
    `\\b(?:within|in) (?:the|an|one) (?:next )?hour\\b`,
    `\\b(?:next|following|coming) ${NUMBER}\\s*${UNIT}(?![\\p{L}])`,
  ].join('|'),
  'giu',
);

/**
 * Vague times. "as soon as" counts only when what follows is "possible" or
 * "we can": "as soon as it's ready" is tied to an event, not vague.
 */
const VAGUE = new RegExp(
  [
    `\\b(?:as )?soon as (?:possible|poss|we can|i can|we're able|we are able|feasible|practicable|practical|we could|humanly possible)\\b`,
    `\\bas (?:quickly|fast|promptly) as (?:possible|we can|i can|we're able|we are able)\\b`,
    `\\b(?:very |really |pretty |fairly |quite )?(?:soon|shortly|asap|a\\.s\\.a\\.p\\.?|soonest)\\b`,
    `\\bin due course\\b`,
    `\\bat some (?:point|stage|time)\\b`,
    `\\bin the (?:near|not too distant|coming) (?:future|days|weeks)\\b`,
    `\\bat (?:the|our|your) earliest(?: (?:opportunity|convenience|possible|chance))?\\b`,
    `\\bin a timely (?:manner|fashion)\\b`,
    `\\bbefore long\\b`,
    `\\bin a (?:little )?(?:bit|while)\\b`,
    `\\bat a later (?:date|time|stage)\\b`,
    `\\b(?:eventually|promptly)\\b`,
    `\\bwhen(?:ever)? (?:possible|we can|time allows)\\b`,
  ].join('|'),
  'giu',
);

/** Plain "soon" after these is not a time the agent commits to ("as soon as it's ready", "talk soon"). */
const NOT_VAGUE_BEFORE =
  /\b(?:as|see you|see you again|speak|talk|chat|get well|hear from you)\s+$/i;

function find(reply: Reply, pattern: RegExp, skip?: (match: RegExpExecArray) => boolean) {
  const found: TimeExpression[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(reply.text); m; m = pattern.exec(reply.text)) {
    if (skip?.(m)) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const sentence = reply.sentenceAt(span.start);
    if (!sentence) continue;
    found.push({ span, sentence: sentence.index, text: m[0] });
  }
  return found;
}

/** Concrete times and dates the reply names. */
export const concreteTimes = perReply((reply) => find(reply, CONCRETE));

/** Vague times ("soon", "ASAP", "as soon as possible", "in due course"). */
export const vagueTimes = perReply((reply) =>
  find(reply, VAGUE, (m) => {
    const word = m[0].toLowerCase().replace(/^(?:very|really|pretty|fairly|quite) /, '');
    if (word !== 'soon') return false;
    const before = reply.text.slice(Math.max(0, m.index - 20), m.index);
    return NOT_VAGUE_BEFORE.test(before);
  }),
);

const FORWARD =
  /\b(?:will|'ll|’ll|shall|going to|gonna|should|expect|expected|set to|scheduled|due|aim|plan|can|could|by|within|until|before)\b/i;
/** Times that are in the future whatever the verb: "tomorrow", "within 24 hours", "next week". */
const FUTURE_TIME = /^(?:tomorrow|next|within|in|by|before|until|following|coming|no later)\b/i;

/** Concrete times in forward-looking sentences: the "gives a concrete time" move. */
export const committedTimes = perReply((reply) =>
  concreteTimes(reply).filter((t) => {
    const sentence = reply.sentences[t.sentence];
    return sentence !== undefined && (FUTURE_TIME.test(t.text) || FORWARD.test(sentence.text));
  }),
);
