import type { Span } from '../types.js';
import { admissions } from './actions.js';
import { apologies, situationApologies } from './apologies.js';
import { patternFinder } from './lexicon.js';
import { perReply } from './memo.js';
import { termKeys } from './stems.js';

// Does the reply show it took in what the customer wrote? With the customer's
// message: it repeats or paraphrases at least one of its key words ("your
// oven", "the delivery was late"); "I understand" alone is not enough. Without
// it: an acknowledging phrase ("I understand", "sorry to hear", "thanks for
// flagging"), an apology that names the situation, or owning it ("we got this wrong").

/** Fewer key words than this and the customer's message has nothing to restate. */
export const MIN_KEY_TERMS = 2;

export interface Acknowledgement {
  /** How it was judged: against the customer's words, or from the draft alone. */
  basis: 'context' | 'draft';
  /** False when the customer's message has too little content to restate. */
  judged: boolean;
  spans: Span[];
  /** With context: the customer's key words the reply repeats. */
  shared: string[];
}

const findPhrases = patternFinder([
  'i #Adverb? understand',
  'i #Adverb? hear you',
  'i #Adverb? get it',
  'i #Adverb? see (that|you|your|this|what|where|why)',
  'i can #Adverb? see',
  'sorry to (hear|learn|see|read)',
  '(it|that) (sounds|looks) like',
  'you (mentioned|said|wrote|explained|described|noted|flagged|reported)',
  'you pointed out',
  'you have (mentioned|said|explained|described)',
  'you have told us',
  'as you (said|mentioned|explained|described|noted)',
  'i (know|realise|realize) (how|that|this)',
  'you are (right|correct)',
  '(regarding|about|re) your',
  '(thanks|thank you) (so much)? for (letting|flagging|reporting|telling|raising|pointing|bringing|sharing|explaining|confirming)',
  '(thanks|thank you) (so much)? for the (additional|extra|further) #Noun',
  'i (have|had) (read|looked|checked|reviewed)',
  'i (have|had) gone through',
  'i can #Adverb? (imagine|understand)',
]);

export const acknowledgement = perReply((reply): Acknowledgement => {
  const customer = reply.customer;
  if (customer) {
    const judged = customer.keyTerms.length >= MIN_KEY_TERMS;
    const byKey = new Map<string, string>();
    for (const term of customer.keyTerms) for (const key of term.keys) byKey.set(key, term.text);
    const spans: Span[] = [];
    const shared = new Set<string>();
    for (const word of reply.words) {
      if (word.text.startsWith('@') || reply.inSignoff(word.span)) continue;
      if (reply.greeting?.name && word.span.start < reply.greeting.span.end) continue;
      const hit = termKeys(word.norm).find((k) => byKey.has(k));
      if (hit === undefined) continue;
      spans.push(word.span);
      shared.add(byKey.get(hit) as string);
    }
    return { basis: 'context', judged, spans, shared: [...shared] };
  }
  const spans = [
    ...findPhrases(reply).map((m) => m.span),
    ...situationApologies(reply)
      .filter((a) => a.kind !== 'bare')
      .map((a) => a.span),
    // "I'm sorry you're upset about the missing parcel": aimed wrong, but it names the problem.
    ...apologies(reply)
      .filter(
        (a) =>
          a.kind === 'feelings' &&
          /\b(?:about|with|over|regarding)\b/i.test(reply.text.slice(a.span.start, a.span.end)),
      )
      .map((a) => a.span),
    // "We didn't get this right" owns the problem, so it acknowledges it.
    ...admissions(reply).map((o) => o.span),
  ].sort((a, b) => a.start - b.start);
  return { basis: 'draft', judged: true, spans, shared: [] };
});
