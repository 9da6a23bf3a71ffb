import type { Span } from '../types.js';
import { patternFinder } from './lexicon.js';
import { perReply } from './memo.js';
import type { Reply } from './reply.js';
import { committedTimes, concreteTimes, type TimeExpression, vagueTimes } from './times.js';
import type { Word } from './words.js';

// Vague times that the agent commits to ("we'll get back to you soon"), as
// opposed to the customer's own action ("I hope you give it another go soon"),
// a question, or a promise that also names a concrete time.

/** Verbs after "you" that still describe something the company will do. */
const RECEIVING = new Set(['hear', 'receive', 'get', 'be', 'see', 'have']);
const SUBJECTS = new Set([
  'i',
  'we',
  'you',
  'they',
  'it',
  'this',
  'someone',
  'somebody',
  'team',
  'agent',
  'engineers',
  'colleague',
  'colleagues',
]);

export const vaguePromises = perReply((reply): TimeExpression[] =>
  vagueTimes(reply).filter((t) => {
    const sentence = reply.sentences[t.sentence];
    if (!sentence || sentence.question || reply.inSignoff(t.span)) return false;
    // The same sentence, or a time just promised: "It departs at 8 pm. We're working to get you there soon."
    if (hasConcreteTime(reply, t.sentence)) return false;
    if (committedTimes(reply).some((c) => c.sentence === t.sentence - 1)) return false;
    const before = sentence.words.filter((w) => w.span.end <= t.span.start);
    return !customersOwnAction(before);
  }),
);

/**
 * A follow-up promised with no time at all ("We'll look into it and get back to
 * you."): not tied to an event ("let you know when it ships", "if anything
 * changes"), and with no time in its sentence or the ones around it.
 */
export const untimedFollowUps = perReply((reply): { span: Span; sentence: number }[] =>
  findFollowUps(reply).filter((m) => {
    const sentence = reply.sentences[m.sentence];
    if (!sentence || sentence.question || reply.inSignoff(m.span)) return false;
    if (vagueTimes(reply).some((t) => t.sentence === m.sentence)) return false;
    if (concreteTimes(reply).some((t) => Math.abs(t.sentence - m.sentence) <= 1)) return false;
    const before = sentence.words.filter((w) => w.span.end <= m.span.start);
    const after = sentence.words.filter((w) => w.span.start >= m.span.end);
    // "Please DM us and we'll be in touch", "If anything changes, I'll update you": a reply to an event.
    if (before.some((w) => EVENT_WORDS.has(w.norm) || w.norm === 'please')) return false;
    // "…get back to you by {timeframe}", "…update you right away": a time, even one left to fill in.
    if (after[0] && TIME_STARTS.has(after[0].norm)) return false;
    return !after.some((w) => EVENT_WORDS.has(w.norm));
  }),
);

const FOLLOW_UP =
  '(get back to you|be in touch|follow up|come back to you|circle back|reach out to you|contact you|update you|let you know|keep you updated|keep you posted|keep you informed)';
const FOLLOW_UP_SUBJECT =
  '(i|we|someone|somebody|they|team|agent|colleague|colleagues|engineer|engineers|specialist|specialists)';
const findFollowUps = patternFinder([
  `${FOLLOW_UP_SUBJECT} (will|shall) #Adverb? ${FOLLOW_UP}`,
  // "We'll look into it and get back to you."
  `${FOLLOW_UP_SUBJECT} (will|shall) * and ${FOLLOW_UP}`,
]);
/** Around the promise, these tie it to an event rather than a time: "…when it ships". */
const EVENT_WORDS = new Set([
  'once',
  'when',
  'whenever',
  'after',
  'if',
  'as',
  'soon',
  'moment',
  'until',
  'unless',
  'whether',
]);
/** Words that start a time right after the promise: "by Friday", "within the hour", "right away". */
const TIME_STARTS = new Set([
  'by',
  'within',
  'before',
  'on',
  'at',
  'today',
  'tonight',
  'tomorrow',
  'later',
  'this',
  'next',
  'right',
  'immediately',
  'straight',
  'first',
  'in',
]);

function hasConcreteTime(reply: Reply, sentence: number): boolean {
  return concreteTimes(reply).some((c) => c.sentence === sentence);
}

/**
 * "I hope you give it another shot soon", "please reply ASAP": the nearest
 * subject before the vague time is the customer (or none, in an instruction).
 */
function customersOwnAction(before: readonly Word[]): boolean {
  for (let i = before.length - 1; i >= 0; i--) {
    const word = before[i] as Word;
    if (!SUBJECTS.has(word.norm)) continue;
    // "get back to you soon", "have it up and working soon": an object; read on to the subject.
    const previous = before[i - 1]?.norm ?? '';
    const next = before[i + 1]?.norm;
    if (PREPOSITIONS.has(previous) || VERBS_BEFORE_OBJECT.has(previous)) continue;
    if (word.norm === 'you' && (next === undefined || PREPOSITIONS.has(next))) continue;
    if (word.norm !== 'you') return false;
    const verb = before.slice(i + 1).find((w) => !MODALS.has(w.norm));
    return !RECEIVING.has(verb?.norm ?? '');
  }
  // No subject: an instruction to the customer ("Please reply ASAP") or a bare "ASAP."
  const first = before.find((w) => !w.text.startsWith('@'));
  return first !== undefined && ['please', 'kindly', 'pls'].includes(first.norm);
}

const MODALS = new Set(['will', 'would', 'should', 'can', 'could', 'may', 'might', 'also', 'just']);
const PREPOSITIONS = new Set([
  'to',
  'for',
  'with',
  'from',
  'at',
  'on',
  'about',
  'by',
  'in',
  'into',
  'back',
  'up',
]);
/** "update you", "call you", "have you on your way": a verb before "you" makes it the object. */
const VERBS_BEFORE_OBJECT = new Set([
  'update',
  'call',
  'contact',
  'email',
  'text',
  'message',
  'have',
  'get',
  'keep',
  'let',
  'tell',
  'send',
  'help',
  'reach',
  'notify',
  'inform',
  'assist',
  'see',
  'give',
  'ring',
  'fix',
  'sort',
  'resolve',
  'restore',
  'ship',
  'deliver',
  'process',
]);
