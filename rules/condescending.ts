import { dropWords, inCaseOf } from '../src/engine/edits.js';
import { patternMatcher } from '../src/engine/pattern-matcher.js';
import { defineRule } from '../src/engine/rule.js';

/** How to fix a match: drop the words, keep only the verb ("Simply click" → "Click"), or rephrase. */
type Fix = 'drop' | 'verb' | 'rephrase';

const PATTERNS: ReadonlyArray<readonly [string, Fix]> = [
  ['obviously', 'drop'],
  ['clearly you', 'rephrase'],
  ['you (are|were)? (clearly|obviously)', 'rephrase'],
  [
    '(as|is|was|are|were|been|be|has) (clearly|very clearly) (stated|explained|shown|mentioned|marked|written|indicated|outlined|said|labelled|labeled|displayed|printed|noted|visible|set out)',
    'rephrase',
  ],
  ['it (clearly|plainly) (says|states|shows|explains)', 'rephrase'],
  // "As I already said", "As previously stated", "Like I told you".
  ['as (i|we) (said|stated|told you)', 'drop'],
  [
    'as (i|we) (have|had) (said|stated|told you|explained|mentioned) #Adverb? (several|many|multiple|numerous|a few|two|three) times',
    'drop',
  ],
  ['as (i|we) (have|had) (said|stated|told you)', 'drop'],
  [
    '(told|explained to|said to|reminded) you (several|many|multiple|numerous|a few|two|three|countless) times',
    'rephrase',
  ],
  [
    'as (i|we) (have|had)? (already|previously) (said|stated|told you|explained|mentioned|advised|pointed out|noted|informed you|indicated|made clear)',
    'drop',
  ],
  [
    'as (i|we) (have|had)? (said|stated|explained|mentioned|advised|told you) (already|previously|before)',
    'drop',
  ],
  [
    'as (already|previously) (said|stated|mentioned|explained|advised|noted|discussed|communicated|indicated|informed|advised)',
    'drop',
  ],
  ['like (i|we) (said|told you|already said|already told you)', 'drop'],
  [
    'as (stated|said|mentioned|explained|advised|noted|discussed|communicated|indicated|informed) (previously|before|earlier|already)',
    'drop',
  ],
  ['^once again', 'drop'],
  [
    '(it is|this is|that is|it was) (very|really|quite|pretty|super) (very|really|quite|pretty|super)? (simple|easy)',
    'rephrase',
  ],
  [
    'as (stated|explained|said|mentioned|advised|outlined) in (my|our) (previous|last|earlier|first|original) (email|emails|message|messages|reply|replies|response|responses|chat|letter)',
    'drop',
  ],
  ['as (i|we) keep (saying|telling you)', 'rephrase'],
  [
    '(i|we) (have|had)? already (told|explained|said|informed|answered) (you|this|that)',
    'rephrase',
  ],
  ['for the (second|third|fourth|fifth|last|final|umpteenth|hundredth) time', 'drop'],
  ['simply #Infinitive', 'verb'],
  ['all you (have|need) to do is', 'rephrase'],
  [
    '(surely|of course) you (know|understand|realise|realize|can see|are aware|remember)',
    'rephrase',
  ],
  [
    "as (i am|we are|i'm|we're) (sure|certain) you (can|will|would)? (understand|appreciate|know|realise|realize|are aware|see)",
    'rephrase',
  ],
  ['(i am|we are|i|we) (sure|certain) you (can|will|would) (understand|appreciate)', 'rephrase'],
  ['as you (should|must|ought to) (know|be aware|have read|have seen|realise|realize)', 'rephrase'],
  ['as anyone (can|could|would|will) (see|tell|know)', 'rephrase'],
  ['(is|was) not rocket science', 'rephrase'],
  ['(is|was) (just|simply)? common sense', 'rephrase'],
  [
    '(let me|i will|allow me to) (try to)? explain (it|this|that)? (again|one more time|once more|more slowly|slowly|in simple terms|simply)',
    'rephrase',
  ],
  [
    '(did|have|do) you (even|actually) (read|try|tried|look|looked|check|checked|bother|bothered)',
    'rephrase',
  ],
  [
    '(read|check|look at) (the|our|my|that) #Adjective? (email|emails|instructions|message|faq|manual|guide|terms|page|article) (again|more carefully|carefully|properly)',
    'rephrase',
  ],
];

const match = patternMatcher(
  PATTERNS.map(([p]) => p),
  [
    // Empathy or ownership, not talking down: "Obviously that's not good enough",
    // "You're clearly frustrated", "It's obviously our mistake".
    'obviously (not|our|frustrating|upsetting|annoying|disappointing|stressful|worrying|unacceptable)',
    'obviously (we|i) #Adverb? (want|would|understand|appreciate|know|care|hate|love|never|am|are|made|messed|should|got|did|have)',
    'obviously (that|this|it) (is|was|has|had|would|will|should) (not|our|frustrating|upsetting|annoying|disappointing|stressful|worrying|unacceptable|a|been)',
    '(is|was|are|were|be|it|this|that) obviously (frustrating|upsetting|annoying|disappointing|stressful|worrying|not|our|a|unacceptable|wrong)',
    '(clearly|obviously) (upset|frustrated|annoyed|disappointed|angry|worried|stressed|unhappy|concerned|distressed|fed up|let down|our|not)',
    '(which|it|this|that|we|i|they|he|she) simply',
    '(#Noun && !you && !@hasComma) simply',
    'simply put',
    'once again (sorry|apologies|thank|thanks|my|our|we|i|apologising|apologizing)',
    'simply (be|is|are|was|were|can|could|will|would|to|not)',
  ],
);

export default defineRule({
  id: 'condescending',
  category: 'tone',
  severity: 'error',
  weight: 22,
  description: 'Talks down to the customer ("Obviously…", "As I already said…", "Simply…").',
  rationale:
    '"Obviously", "as I already said" and "simply" tell the customer they should have known, or ' +
    'that what defeated them is easy. Even when the answer was in the last email, repeating it ' +
    'kindly costs nothing; pointing out that it was costs the conversation.',
  message: '"{{match}}" talks down to the customer.',
  hint: 'Drop "{{match}}" and restate the point kindly, as if for the first time.',
  examples: {
    fires: [
      'Please read my previous email carefully.',
      "It's really quite simple: just click Reset.",
      'As mentioned in my previous email, the refund has been issued.',
      'Obviously, the parcel needs a signature.',
      'As I already said, the refund takes five days.',
      'As previously explained, seats are not guaranteed.',
      'Simply click the link in the email.',
      'You can simply log in and change it yourself.',
      "Clearly you didn't read the instructions.",
      'As clearly stated on the product page, it is not waterproof.',
      'Like I told you, the store is closed on Sundays.',
      "I'm sure you can appreciate that we get a lot of emails.",
      'All you have to do is press the reset button.',
      'Did you even read the email we sent?',
      'For the third time, the order has shipped.',
    ],
    passes: [
      'Obviously we want you to be happy with it, so I have sent a new one.',
      'We want returning it to be really quite simple, so the label is in the box.',
      "Obviously that's not the experience we want for you.",
      'I want to explain clearly what happens next.',
      'As you mentioned, the parcel was left outside.',
      "You're clearly frustrated, and I'm sorry.",
      'We simply ran out of stock, and I should have told you.',
      'The item simply stopped working after a week, which is not OK.',
      'Simply put, we made a mistake.',
      'It is obviously our mistake, and I have refunded you.',
      'Click the link in the email and the refund starts.',
      'As we discussed on the phone, I have booked the engineer for Friday.',
      'This was obviously frustrating, and I have refunded the fee.',
      'The box is clearly damaged in your photo, so a replacement is on its way.',
    ],
  },
  check(reply, context) {
    for (const m of match(reply)) {
      const fix = (PATTERNS[m.pattern] as readonly [string, Fix])[1];
      const words = reply.text.slice(m.span.start, m.span.end);
      if (fix === 'drop') {
        const edit = dropWords(reply, m.span);
        context.report({
          span: edit.span,
          data: { match: words },
          suggestions: [{ text: edit.text }],
        });
      } else if (fix === 'verb') {
        const verb = m.terms[m.terms.length - 1]?.text ?? '';
        context.report({
          span: m.span,
          hint: `Drop "simply": "${inCaseOf(words, verb)}…". What is simple to you may not be to them.`,
          suggestions: [{ text: inCaseOf(words, verb) }],
        });
      } else {
        context.report({
          span: m.span,
          hint: 'Drop "{{match}}" and restate the point kindly, as if for the first time.',
        });
      }
    }
  },
});
