import type { Span } from '../types.js';
import type { Reply, Sentence } from './reply.js';

// Where a finding about something missing points: the reply's first or last
// sentence of content, past the greeting, @handles and the customer's name,
// before the sign-off and courtesy closers ("Thanks!", "Have a great day!").

/** Words that only frame a reply: salutations and their fillers. */
const FRAMING = new Set([
  'hi',
  'hello',
  'hey',
  'hiya',
  'dear',
  'there',
  'good',
  'morning',
  'afternoon',
  'evening',
  'all',
  'everyone',
  'folks',
  'team',
  'ok',
  'okay',
  'sure',
]);
const CLOSER =
  /^\W*(?:thanks?(?: you)?(?: so much| again| for your (?:time|patience|understanding))?|ty|cheers|have a (?:great|good|nice|lovely|wonderful) (?:one|day|night|evening|weekend)|take care|kind regards?)\W*$/i;

export function openingSpan(reply: Reply): Span {
  const first = bodySentences(reply)[0];
  return first ? trimLead(reply, first) : fallback(reply);
}

export function closingSpan(reply: Reply): Span {
  const body = bodySentences(reply);
  const content = body.filter((s) => !CLOSER.test(withoutSignoff(reply, s)));
  const last = content[content.length - 1] ?? body[body.length - 1];
  return last ? trimLead(reply, last) : fallback(reply);
}

/** A sentence's text up to the sign-off ("TY - Chris" → "TY"). */
function withoutSignoff(reply: Reply, sentence: Sentence): string {
  const end = Math.min(sentence.span.end, reply.signoff?.start ?? sentence.span.end);
  return reply.text.slice(sentence.span.start, Math.max(sentence.span.start, end));
}

function bodySentences(reply: Reply): Sentence[] {
  return reply.sentences.filter(
    (s) => !reply.inSignoff(s.span) && s.words.some((w) => !framing(reply, w.span, w.norm, w.text)),
  );
}

function framing(reply: Reply, span: Span, norm: string, text: string): boolean {
  if (text.startsWith('@') || FRAMING.has(norm)) return true;
  const greeting = reply.greeting;
  if (greeting && span.start >= greeting.span.start && span.end <= greeting.span.end) return true;
  return reply.nameUses.some((u) => span.start >= u.span.start && span.end <= u.span.end);
}

/** The sentence from its first word of content on. */
function trimLead(reply: Reply, sentence: Sentence): Span {
  const first = sentence.words.find((w) => !framing(reply, w.span, w.norm, w.text));
  const start = first ? first.span.start : sentence.span.start;
  return { start, end: Math.max(start + 1, sentence.span.end) };
}

function fallback(reply: Reply): Span {
  if (reply.greeting) return reply.greeting.span;
  const match = /\S+/.exec(reply.text);
  return match ? { start: match.index, end: match.index + match[0].length } : { start: 0, end: 0 };
}
