import { patternMatcher } from '../src/engine/pattern-matcher.js';
import { defineRule } from '../src/engine/rule.js';

const WHO = '(please accept our|please accept my|i am|we are|i|we|my|our)? #Adverb? (do)? #Adverb?';
const SORRY = '(sorry|apologize|apologise|apologies|regret)';
const VAGUE =
  '(inconvenience|inconveniences|confusion|trouble|troubles|issues|issue|problems|problem|difficulties|difficulty|hassle|misunderstanding|mix-up|disruption|delay|delays)';
const THE = '(all the|all this|the|this|that|these|those)';
const GENERIC = '(inconvenience|inconveniences|trouble|troubles|hassle|confusion)';
const CAUSED = '(this|that|it|which) (may|might|could)? (have|has)? (caused|created|brought)';

/** Each kind of non-apology has its own way to become a real one. */
const KINDS = [
  {
    // "We apologize for any inconvenience this may have caused", "Sorry for the inconvenience."
    patterns: [
      `${WHO} ${SORRY} (for|about)? any ${VAGUE} ${CAUSED}`,
      `${WHO} ${SORRY} (for|about)? any ${VAGUE} (caused)?`,
      `${WHO} ${SORRY} (for|about) ${THE} ${GENERIC} ${CAUSED}`,
      `${WHO} ${SORRY} (for|about) ${THE} ${GENERIC} (caused)?`,
      `${WHO} (sorry|apologize|apologise|apologies) (that)? you (were|have been|had been|are) inconvenienced`,
      `${WHO} ${SORRY} (to hear|to learn) (about|of) (the|any|these|this|all the) (inconvenience|inconveniences)`,
    ],
    hint: 'Name the problem and own it instead of "{{match}}": "I\'m sorry your parcel arrived two days late; that\'s on us."',
  },
  {
    // "Sorry if this caused any confusion", "Sorry if we haven't called you back".
    patterns: [
      `${WHO} (sorry|apologize|apologise|apologies) if (this|that|it|there) #Verb+ (any|some)? ${VAGUE}`,
      `${WHO} (sorry|apologize|apologise|apologies) if (you|we|i) (have|had|were|was|are)? (been)? inconvenienced`,
      `${WHO} (sorry|apologize|apologise|apologies) if (we|i) #Adverb? (have|had|did|do|were|was)? (not|never)`,
      `${WHO} (sorry|apologize|apologise|apologies) if (my|our|the) #Adjective? (message|messages|email|emails|reply|replies|response|explanation|instructions|wording|answer) (was|were|has been|have been) #Adverb? (not|unclear|confusing|misleading)`,
    ],
    hint: 'Drop the "if": apologize for what did happen, e.g. "I\'m sorry we didn\'t call you back when we said we would."',
  },
  {
    // "Sorry, but…": the "but" takes the apology back.
    patterns: [`${WHO} (sorry|apologies) (but|however)`],
    hint: 'End the apology with a full stop, then say what you can do: "I\'m sorry. Here\'s what I can do: …" — the "but" in "{{match}}" takes it back.',
  },
  {
    // "Mistakes were made": nobody made them.
    patterns: ['(mistakes|errors|mistake|error) (were|was|have been|has been) made'],
    hint: 'Say who made the mistake: "We made a mistake with your order, and I\'m sorry."',
    say: 'we made a mistake',
  },
];

const match = patternMatcher(
  KINDS.flatMap((k) => k.patterns),
  [
    // Specific after all: "Sorry for the trouble with your order", "… caused by the late delivery".
    '(inconvenience|trouble|troubles|hassle|confusion) (with|of|around|over|regarding|about|caused by|in) (the|your|our|this|that|my|these|those)',
    '(inconvenience|trouble|troubles|hassle|confusion) (with|of|around|over|regarding|about|caused by|in) #Possessive',
    // "Sorry for the trouble logging in", "the hassle of sending it back".
    '(inconvenience|trouble|troubles|hassle|difficulty|difficulties) (of)? #Gerund',
  ],
);
const kindOf = KINDS.flatMap((k) => k.patterns.map(() => k));

export default defineRule({
  id: 'non-apology',
  category: 'empathy',
  severity: 'warning',
  weight: 12,
  description: 'A weak, generic or conditional apology ("Sorry for any inconvenience").',
  rationale:
    '"We apologize for any inconvenience this may have caused" apologizes for nothing in ' +
    'particular, and "if" doubts that anything happened at all. Customers read these as a script, ' +
    'not as regret. Name what went wrong and own it, and the apology starts to work.',
  message: '"{{match}}" is a non-apology: it names nothing and owns nothing.',
  hint: 'Name the specific problem and own it instead of "{{match}}".',
  examples: {
    fires: [
      'Apologies if there has been any confusion on our part.',
      'We apologize for any inconvenience this may have caused.',
      'Sorry for any confusion.',
      'I apologise for the inconvenience.',
      "I'm sorry for the trouble.",
      'We regret any inconvenience.',
      'My apologies for any difficulties you have experienced.',
      'Sorry if this caused any confusion.',
      "Sorry if we haven't called you back yet.",
      "Sorry, but we can't refund opened items.",
      'Mistakes were made.',
      'Apologies for the inconvenience caused.',
      'We do apologise for any delay.',
    ],
    passes: [
      "Sorry for the trouble logging in; I've reset your password.",
      "I'm sorry your order arrived broken.",
      'Sorry for the delay in getting back to you.',
      'I apologise for the mix-up with your delivery address; that was our mistake.',
      'We made a mistake with your order, and I have fixed it.',
      "I'm sorry, Dana: the refund should have gone through on Monday.",
      'Sorry for the trouble with the app; the fix is live now.',
      "I'm sorry for the frustration.",
      'To avoid any inconvenience, I have moved your delivery to Saturday.',
      "I'm sorry we didn't call you back on Tuesday as promised.",
      'This will not cause you any inconvenience: the engineer comes while you are out.',
      'Sorry for the confusion about the delivery dates; the correct date is Friday.',
      'I’m so sorry we let you down on this order.',
    ],
  },
  check(reply, context) {
    for (const m of match(reply)) {
      const kind = kindOf[m.pattern];
      if (!kind) continue;
      const say = 'say' in kind ? kind.say : undefined;
      context.report({
        span: m.span,
        hint: kind.hint,
        ...(say && { suggestions: [{ text: say.charAt(0).toUpperCase() + say.slice(1) }] }),
      });
    }
  },
});
