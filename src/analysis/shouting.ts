import type { Span } from '../types.js';
import { perReply } from './memo.js';
import type { Reply } from './reply.js';
import type { Word } from './words.js';

/**
 * Where the reply raises its voice: words in capitals that are not acronyms
 * ("We CANNOT do that"), and runs of "!!!" or "???".
 */
export interface Shout {
  kind: 'capitals' | 'marks';
  span: Span;
}

/** Runs of three or more marks, or "??"; "?!" and an enthusiastic "!!" pass. */
const MARK_RUN = /[!?]{3,}|\?{2,}/g;

/**
 * Capitalized words that are not shouting although compromise knows them as
 * words: acronyms and abbreviations that are also English words or pronouns.
 */
const NOT_SHOUTING = new Set(
  (
    'ok okay it us id tv ty am pm pin led app apps pos cat ram sim ps pps nb hr pr po pc ac dc ' +
    'os ip qr mot gp ad ads im la ny dm faq usa uk eu imei asap eta fyi diy tbc tba tbd na ' +
    'it’s iou aka vip ceo cfo cto sat'
  ).split(' '),
);
/** compromise's tags for words that are names, acronyms or numbers rather than shouted words. */
const NOT_SHOUTING_TAGS = [
  'Acronym',
  'Abbreviation',
  'ProperNoun',
  'Person',
  'Place',
  'Organization',
  'Value',
  'Month',
  'WeekDay',
  'Url',
  'Email',
  'AtMention',
  'HashTag',
  'Emoticon',
];
/** A word glued to one of these is a handle, a tag or an agent's initials ("^JB", "-AM"). */
const GLUED_BEFORE = /[\^~*=@#/\\_\-.:+]$/;
const GLUED_AFTER = /^[@/\\_+\d]|^[.:][\p{L}\d]/u;

/**
 * A lone capitalized word naming a button, a plan or a tier is a label: "the RESET
 * button", "your PREMIUM plan".
 */
const LABELLED = new Set(
  (
    'button buttons tab tabs menu key keys option options link field screen setting settings page ' +
    'icon plan plans tier package bundle membership subscription account edition version model ' +
    'service delivery rate fare card code voucher offer deal sale box mode'
  ).split(' '),
);
/** "Press RESET", and SMS keywords: "Reply HELP", "Text STOP to 80800". */
const LABEL_VERBS = new Set([
  'click',
  'tap',
  'press',
  'select',
  'choose',
  'hit',
  'type',
  'enter',
  'reply',
  'text',
  'txt',
  'send',
]);

/** Two-letter words that shout on their own: "I said NO." */
const SHORT_SHOUTS = new Set(['no', 'do', 'go', 'me', 'we', 'so', 'my', 'be']);
/** "… or STOP to opt out", "YES to confirm". */
const SMS_KEYWORDS = new Set([
  'stop',
  'help',
  'yes',
  'no',
  'start',
  'unsubscribe',
  'info',
  'cancel',
]);

/** Capitals that cheer rather than shout: "THANK YOU so much!", "CONGRATULATIONS". */
const WARM = new Set(
  (
    'thank thanks you so much very welcome congratulations congrats happy birthday love wow yay ' +
    'hooray woohoo great amazing awesome'
  ).split(' '),
);

export const shoutsOf = perReply((reply: Reply): Shout[] =>
  [...capitalRuns(reply), ...markRuns(reply)].sort((a, b) => a.span.start - b.span.start),
);

function markRuns(reply: Reply): Shout[] {
  return [...reply.text.matchAll(MARK_RUN)].map((m) => ({
    kind: 'marks' as const,
    span: { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length },
  }));
}

/**
 * Runs of consecutive capitalized words in a sentence. A run shouts when one
 * of its words is a shouted word; a lone word needs three letters or more
 * ("NO" alone is often a label, "NOT" is not).
 */
function capitalRuns(reply: Reply): Shout[] {
  const shouts: Shout[] = [];
  for (const sentence of reply.sentences) {
    const words = sentence.words;
    let run: Word[] = [];
    let shouted = 0;
    const flush = () => {
      const first = run[0];
      const last = run[run.length - 1];
      const lone =
        run.length === 1 &&
        first &&
        ((letters(first.text) < 3 && !SHORT_SHOUTS.has(first.norm)) ||
          isLabel(reply.text, words, first));
      const warm = run.every((w) => WARM.has(w.norm));
      if (first && last && shouted > 0 && !lone && !warm) {
        shouts.push({ kind: 'capitals', span: { start: first.span.start, end: last.span.end } });
      }
      run = [];
      shouted = 0;
    };
    let previous: Word | undefined;
    for (const word of words) {
      // Words expanded from one contraction ("CAN'T" → can + not) share their host's span.
      if (previous && previous.span.start === word.span.start) continue;
      if (previous && run.length && !adjacent(reply.text, previous, word)) flush();
      previous = word;
      if (!isCapitalized(reply, word)) {
        flush();
        continue;
      }
      run.push(word);
      if (isShouted(reply, word)) shouted++;
    }
    flush();
  }
  return shouts;
}

function isLabel(text: string, words: readonly Word[], word: Word): boolean {
  const i = words.indexOf(word);
  // "NOTE: …", "PS: …" open a sentence as a label.
  if (i === 0 && text.charAt(word.span.end) === ':') return true;
  if (SMS_KEYWORDS.has(word.norm) && ['to', 'for'].includes(words[i + 1]?.norm ?? '')) return true;
  // "Reply YES or NO": the second of two keywords.
  const before = words[i - 2];
  if (words[i - 1]?.norm === 'or' && before && before.text === before.text.toUpperCase())
    return true;
  return LABELLED.has(words[i + 1]?.norm ?? '') || LABEL_VERBS.has(words[i - 1]?.norm ?? '');
}

function isCapitalized(reply: Reply, word: Word): boolean {
  const text = word.text;
  if (letters(text) < 2 || /\d/.test(text)) return false;
  if (text !== text.toUpperCase() || text === text.toLowerCase()) return false;
  const before = reply.text.slice(Math.max(0, word.span.start - 1), word.span.start);
  const after = reply.text.slice(word.span.end, word.span.end + 1);
  if (GLUED_BEFORE.test(before) || GLUED_AFTER.test(after)) return false;
  return !reply.inSignoff(word.span);
}

function isShouted(reply: Reply, word: Word): boolean {
  const plain = word.text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  if (NOT_SHOUTING.has(plain) || NOT_SHOUTING.has(word.norm)) return false;
  const tags = reply.tagsAt(word.span);
  return !NOT_SHOUTING_TAGS.some((t) => tags.has(t));
}

/** Only spaces (no punctuation) between two words of a run. */
function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[ \t]+$/.test(text.slice(a.span.end, b.span.start));
}

function letters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}
