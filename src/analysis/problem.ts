import { apologies } from './apologies.js';
import { empathyStatements } from './empathy.js';
import { perReply } from './memo.js';
import { refusals } from './refusals.js';

// Without the customer's message, does the draft answer a problem? It does
// when it apologizes, empathizes, refuses, or talks about something going
// wrong outside a conditional ("if you have any trouble…" is not a problem).

const TROUBLE =
  /\b(?:broken|damaged|cracked|faulty|defective|late|delay(?:ed|s)?|missing|lost|wrong|error|errors|outage|disruption|not (?:working|arrived|received|delivered)|failed|crash(?:ed|es)?|stuck|glitch|bug|issue|issues|problem|problems|trouble|fault|complaint|inconvenience|frustrat\w*|disappoint\w*|mistake|mix-up|charged twice|double charge|overcharged|cancell?ed|went wrong|hasn'?t arrived|didn'?t arrive|never arrived)\b/i;
const CHANNEL_LIMIT =
  /\b(?:publicly|in public|via (?:twitter|social media|this channel)|on (?:twitter|social media|this channel|here)|over (?:twitter|social media|the phone|here)|here on)\b/i;
const CONDITIONAL = /\b(?:if|in case|should you|whenever|unless)\b/i;

export const answersProblem = perReply((reply): boolean => {
  if (apologies(reply).length > 0 || empathyStatements(reply).length > 0) return true;
  // "We can't review account details publicly" limits the channel; it refuses the customer nothing.
  if (refusals(reply).some((r) => !CHANNEL_LIMIT.test(reply.sentences[r.sentence]?.text ?? '')))
    return true;
  return reply.sentences.some((s) => {
    if (reply.inSignoff(s.span)) return false;
    // Only the part of the sentence before a conditional counts.
    const text = s.text.split(CONDITIONAL)[0] ?? '';
    return TROUBLE.test(text);
  });
});

const COURTESY =
  /\b(?:(?:glad|happy|great|pleased|good) to hear|thanks? (?:you )?(?:so much )?for (?:the|your) (?:kind|lovely|nice|great|positive|sweet) (?:words|feedback|message|comments?|review|shout-?out|note)|you'?re (?:very |so |most )?welcome|my pleasure|enjoy (?:your|the)|have a (?:great|good|lovely|nice|safe)|glad (?:we|i) could help|so glad)\b/i;

/** A reply that only returns a courtesy (thanks for kind words, "glad it's sorted"). */
export const courtesyOnly = perReply(
  (reply): boolean => COURTESY.test(reply.text) && !answersProblem(reply),
);
