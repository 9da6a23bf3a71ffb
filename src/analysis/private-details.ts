import type { Span } from '../types.js';
import { perReply } from './memo.js';

// Private details in a public reply: asking the customer to post them ("reply
// with your order number") or posting them ("your order #4418812 …"). Asking
// for them in a direct message is the right move, and not flagged.

export interface PrivateDetail {
  kind: 'asks' | 'reveals';
  /** What it is: "order number", "email address", "phone number", "address"… */
  detail: string;
  span: Span;
  sentence: number;
}

const DETAIL =
  /\b(?:(?:full |home |delivery |shipping |billing |street |mailing |e-?mail |email )?address(?:es)?|e-?mail(?: address)?|phone(?: number| #| no\.?)?|mobile (?:number|no\.?|phone number)|(?:tele)?phone number|contact (?:number|info|information|details)|order (?:number|no\.?|#|id|ref(?:erence)?)|order #|tracking (?:number|no\.?|#|code)|account (?:number|no\.?|#|details|info)|acct(?: #| number| no\.?)?|card (?:number|details)|(?:last|final) (?:4|four) digits|booking (?:number|reference|ref|code)|reservation (?:number|code)|confirmation (?:number|code)|record locator|date of birth|dob|password|postcode|post code|zip(?: code)?|full name|ssn|social security number)\b/i;
const ASKING =
  /\b(?:send|give|provide|share|tell|post|tweet|reply with|respond with|include|confirm|what(?:'s| is) your|can you|could you|can we (?:get|have)|please|kindly|pls|need|let us know|drop|pop|leave)\b/i;
/** "Without giving account details…", "don't share your card number here": a warning, not a request. */
const NOT_ASKING =
  /\b(?:without (?:giving|sharing|posting|including|mentioning)|(?:do not|don'?t|never|please don'?t|avoid) (?:share|post|include|mention|give|tweet|send))\b/i;
/** The request goes through a private channel: not public. */
const PRIVATE_CHANNEL =
  /\b(?:dms?|direct(?:ly)? message|private(?:ly)?(?: message)?|pm|inbox|message us|send us a message|via (?:the )?(?:link|form|app|in-app)|in-app|form|e-?mail us|call us|give us a (?:call|ring)|chat|phone us|contact us (?:at|via|on|through|using)|our website|secure|https?:\/\/)/i;

const REVEALS: Array<[string, RegExp]> = [
  ['email address', /\b[\w.+-]+@[\w-]+\.[\w.]{2,}\b/g],
  [
    'order number',
    /\b(?:order|booking|reservation|tracking|account|acct|confirmation|case|ticket|reference|ref|policy|membership)(?: number| no\.?| #| ref| code| id)?[:\s#]*(?=[A-Z0-9-]*\d)[A-Z0-9-]{5,}\b/gi,
  ],
  ['phone number', /(?:\+?\d[\d\s().-]{8,}\d)/g],
  [
    'address',
    /\b\d{1,4}[a-z]? [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Boulevard|Blvd|Place|Pl|Crescent|Terrace)\b\.?/g,
  ],
  ['card digits', /\b(?:card|account)\b[^.]{0,30}\bending (?:in )?\d{4}\b/gi],
];

/** A phone number counts as theirs when the sentence says so: "your mobile 07700 900123". */
const THEIRS = /\b(?:your|ur)\b[^.!?]{0,40}$/i;
/** An email address after these is the company's: "email us at help@…", "contact support@…". */
const OURS = /\b(?:us|email|e-mail|contact|reach|write to)\s*(?:at|on|to|via)?\s*$/i;

export const privateDetails = perReply((reply): PrivateDetail[] => {
  const found: PrivateDetail[] = [];
  reply.sentences.forEach((sentence, i) => {
    const detail = DETAIL.exec(sentence.text);
    if (!detail || !ASKING.test(sentence.text) || reply.inSignoff(sentence.span)) return;
    if (NOT_ASKING.test(sentence.text)) return;
    const around = [reply.sentences[i - 1], sentence, reply.sentences[i + 1]]
      .map((s) => s?.text ?? '')
      .join(' ');
    if (PRIVATE_CHANNEL.test(around)) return;
    const start = sentence.span.start + detail.index;
    found.push({
      kind: 'asks',
      detail: detail[0].toLowerCase(),
      span: { start, end: start + detail[0].length },
      sentence: sentence.index,
    });
  });
  for (const [detail, pattern] of REVEALS) {
    for (const m of reply.text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const span = { start, end: start + m[0].trimEnd().length };
      const sentence = reply.sentenceAt(start);
      if (!sentence || reply.inSignoff(span) || reply.isQuoted(span)) continue;
      const before = reply.text.slice(sentence.span.start, start);
      // The company's own phone number and email address are public anyway.
      if (detail === 'phone number' && !THEIRS.test(before)) continue;
      if (detail === 'email address' && OURS.test(before)) continue;
      if (detail === 'order number' && !/\d{4,}|[A-Z]{2,}\d|\d[A-Z]{2,}/.test(m[0])) continue;
      found.push({ kind: 'reveals', detail, span, sentence: sentence.index });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
});
