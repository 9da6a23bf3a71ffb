import type { Span } from '../types.js';
import { patternFinder } from './lexicon.js';
import { perReply } from './memo.js';

// Refusals: the reply says no to something the customer wants ("we can't
// refund", "I'm afraid not", "this item isn't eligible for a return").
// Inabilities the reply does not decline ("I can't thank you enough", "if we
// can't fix it, we'll replace it", "you can't miss it") are not refusals.

const VERBS =
  '(refund|accept|offer|change|replace|cancel|exchange|return|extend|honor|honour|reverse|waive|reinstate|issue|give|provide|process|approve|allow|permit|make|do|verify|access|share|disclose|release|reopen|reschedule|rebook|modify|amend|send|ship|deliver|compensate|reimburse|credit|transfer|unlock|remove|support|track|match|book|fix|troubleshoot|help|guarantee|hold|reserve|repair|confirm|validate|authenticate|discuss|edit|override|review|assist|arrange|sell|stock|cover|investigate|restore|refund|intervene|resend|deliver|upgrade|downgrade|price|add)';
// Contractions and "cannot" match their expanded words ("can not" matches can't and cannot).
const NOT =
  '(can not|could not|will not|would not|do not|does not|are not|am not|is not|shall not|may not)';

const findRefusals = patternFinder([
  `${NOT} #Adverb? ${VERBS}`,
  `${NOT} be able to #Adverb? ${VERBS}`,
  `(unable|not able) to #Adverb? ${VERBS}`,
  `(we|i) no longer ${VERBS}`,
  `(we|i) (do not|don't) (have|get) (access|the ability|the option|a way|any way|the authority|permission|visibility|the tools)`,
  '(it is|that is|this is|which is) not (possible|something we can|an option|allowed|permitted)',
  '(is|are|was|were) not (eligible|refundable|returnable|covered|supported|allowed|permitted|possible)',
  '(non-refundable|nonrefundable|non-returnable|ineligible)',
  '(can not|will not|could not) be (refunded|returned|exchanged|changed|cancelled|canceled|processed|reversed|replaced|accepted|offered|extended|honored|honoured|reinstated|reopened|transferred|waived|credited|issued|repaired|modified|amended|rebooked|done|made|recovered|restored)',
  'i am afraid (not|that is not|we|i|this|that|it)',
  'unfortunately (not|no)',
  '(we|i) (have|must) to? (decline|refuse|reject)',
  '(has been|was|have been|were) (declined|denied|rejected|refused)',
  'there is no way (to|we|i|for)',
]);

/** Inabilities that are not refusals to the customer. */
const findNotRefusals = patternFinder([
  'if (we|i|they|it) (can not|could not|are not able|are unable|am unable|do not|will not)',
  'you #Adverb? (can not|could not|will not|would not|do not|did not|does not|are not|were not|may not)',
  'you (are|were|may be|might be)? (unable|not able)',
  'can not help but',
  'can not (thank|apologize|apologise|stress|wait|emphasize)',
  '(do not|will not) (hesitate|worry)',
  'not only',
  '(do not|will not|did not) (need|have) to',
  '(is|are) not (the only|just)',
  '(anything|something) else',
  // The bank or card network said no, not us: "the card was declined".
  '(card|payment|transaction|bank) (was|has been|were|have been|got) (declined|rejected)',
]);

export interface Refusal {
  span: Span;
  sentence: number;
}

export const refusals = perReply((reply): Refusal[] => {
  const not = findNotRefusals(reply);
  return findRefusals(reply)
    .filter((m) => !reply.sentences[m.sentence]?.question)
    .filter(
      (m) =>
        !not.some(
          (x) =>
            x.sentence === m.sentence && x.span.start <= m.span.start && x.span.end >= m.span.start,
        ),
    )
    .filter(
      (m) => !conditional(reply.text, reply.sentences[m.sentence]?.span.start ?? 0, m.span.start),
    )
    .map((m) => ({ span: m.span, sentence: m.sentence }));
});

/** "…if the seller can't help": a refusal inside an if-clause is a condition, not a refusal. */
function conditional(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(sentenceStart, at);
  const clause = before.split(/[,;:—–]|\s-\s/).pop() ?? before;
  return /\b(?:if|unless|whether|in case)\b/i.test(clause);
}
