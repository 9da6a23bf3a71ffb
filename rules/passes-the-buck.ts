import { patternMatcher } from '../src/engine/pattern-matcher.js';
import { defineRule } from '../src/engine/rule.js';

/** Refusing ownership outright: always a finding. */
const REFUSALS = [
  "(that|this|it) (is|was) (not|n't) (my|our) (department|job|responsibility|area|remit|problem|issue|concern|call|decision)",
  "(that|this|it) (is|was) (not|n't) (something|anything) (i|we) (can|could|are able to|am able to) (help|assist|do|deal|handle|sort)",
  "(not|n't) (something|anything) (i|we) (deal with|handle|cover|look after|are responsible for)",
  '(i|we) (do not) (handle|deal with|cover|look after|do) (that|this|those|these)',
  'nothing (more|else|further)? (i|we) (can|could) (do|offer)',
  '(is|are|was) not (much|anything) (more|else|further)? (i|we) (can|could) (do|offer)',
  'not (much|anything) (more|else|further)? (i|we) (can|could) (do|offer)',
  '(i|we) (had|have) nothing to do with (it|this|that|the)',
  '(that|it|this) (has|had) nothing to do with (me|us)',
  'out of (my|our) hands',
  '(outside|beyond) (our|my) (remit|department|area|scope)',
  '(is|was|are) not (up to|down to) (me|us)',
  'not (up to|down to) (me|us)',
  'above my pay grade',
  "(i am|we are|i'm|we're) not the right (person|people|team|department) (to|for)",
  '(i am|i) (just|only) (the messenger|an agent|work here)',
  '(that|this|it) (is|was) (the|their|his|her)? (#Possessive && !our && !my && !your) (problem|responsibility|job|department|issue)',
];
/** Handing the customer to someone else; fine when the reply owns the handoff. */
const HANDOFFS = [
  "(is|'s) #Adverb? (up to|down to) (the|your|their) #Adjective? #Noun",
  '(is|are) (handled|dealt with|looked after|managed) by (another|a different|the other|a separate) (department|team)',
  'you #Adverb? (will|would)? (have|need) to (contact|call|email|message|speak to|speak with|talk to|reach out to|get in touch with|write to|check with) them',
  '(suggest|recommend|advise) (that)? (you)? (contact|contacting|call|calling|reach out to|reaching out to|get in touch with|getting in touch with) them',
  '(that|this|it) (is|would be|will be|will have to be) (a question|a matter|an issue|one) for (the|your|their|a) #Adjective? #Noun+',
  'you #Adverb? (will|would|are going to)? (have|need) to (contact|call|ring|phone|email|message|speak to|speak with|talk to|reach out to|get in touch with|go back to|write to|check with|take it up with|take this up with|take that up with|raise it with|raise this with) (the|your|their|our|a|an)? #Adjective? (#Noun && !#Pronoun) #Noun? #Noun?',
  '(we|i) #Adverb? (would)? (suggest|recommend|advise) (that)? (you)? (contact|contacting|call|calling|reach out to|reaching out to|get in touch with|getting in touch with|speak to|speaking to|speak with|speaking with|go back to|going back to|take it up with|taking it up with) (the|your|their|our|a|an)? #Adjective? (#Noun && !#Pronoun) #Noun? #Noun?',
  '(please|kindly|pls) (contact|call|reach out to|get in touch with|speak to|speak with|take it up with|check with) (the|your|their|our|a) #Adjective? #Noun+',
  '(please|kindly|pls) (contact|call|reach out to|get in touch with|speak to|speak with|check with) #Organization+',
  'you (should|could|can|may|might want to) (contact|call|reach out to|get in touch with|speak to|speak with|take it up with|check with) (the|your|their) #Adjective? #Noun+',
];
/** The reply does the handoff itself: "I've contacted the courier", "I'll connect you with billing". */
const OWNED = patternMatcher([
  '(i|we) #Adverb? (have|had|will|am going to|are going to|can)? #Adverb? (contacted|called|emailed|messaged|asked|chased|connected|transferred|passed|forwarded|escalated|raised|looped|spoken|reached out|contact|call|email|message|ask|chase|connect|transfer|pass|forward|escalate|raise|loop|speak|reach out)',
  '(let me|allow me to) (contact|call|email|message|ask|chase|connect|transfer|pass|forward|escalate|raise|loop|speak)',
]);

const match = patternMatcher(
  [...REFUSALS, ...HANDOFFS],
  [
    // A condition, not a handoff: "If the charge is still there on Friday, contact your bank".
    'if * (please|kindly|pls)? (contact|call|speak|get in touch)',
    '(is|are) there (anything|something) (more|else)? (i|we) (can|could)',
  ],
);

export default defineRule({
  id: 'passes-the-buck',
  category: 'resolve',
  severity: 'warning',
  weight: 16,
  description: 'Refuses ownership or hands the customer off alone ("That\'s not my department").',
  rationale:
    '"That\'s not my department" and "You\'ll have to contact the carrier" send an upset customer ' +
    'back to the start of another queue. They wrote to you; own the handoff: contact the other ' +
    'team yourself, or connect them and stay with them until it is sorted.',
  message: '"{{match}}" passes the customer on instead of owning the problem.',
  hint:
    'Own the handoff instead of "{{match}}": do it yourself ("I\'ve passed this to our billing team, and ' +
    'they\'ll call you by 5 pm today"), or connect them and stay with them until it is sorted.',
  examples: {
    fires: [
      "Unfortunately that's outside our remit.",
      "I'm not the right person to ask about billing.",
      "That's not my department.",
      "There's nothing I can do about it.",
      "You'll have to contact the carrier.",
      'You need to speak to your bank about the charge.',
      'I had nothing to do with that.',
      "It's out of our hands now.",
      'We suggest you contact the store that sold it.',
      'Please contact your bank for more information.',
      'This would be a question for your local store.',
      "That's the courier's responsibility, not ours.",
      "Unfortunately it's not something we can help with.",
      'We recommend that you contact our support desk.',
    ],
    passes: [
      "I've contacted the carrier and they'll redeliver tomorrow.",
      "You'll need to contact the carrier, so I've emailed them with you in copy.",
      'Is there anything else I can do for you?',
      "There's nothing you need to do: the refund is on its way.",
      "If there's anything more I can do, just reply here.",
      'Please contact us on 0800 123 456 if it happens again.',
      "I'll connect you with billing and stay on the chat until it's sorted.",
      "That's our responsibility, and I'm sorry.",
      'Our team will contact you within the hour.',
      "It's not your fault; I'll sort it out.",
      'Let me check with the warehouse and come back to you by noon.',
      'You can call us any time on the number below.',
    ],
  },
  check(reply, context) {
    const matches = match(reply);
    if (matches.length === 0) return;
    const owned = OWNED(reply).length > 0;
    for (const m of matches) {
      const handoff = m.pattern >= REFUSALS.length;
      if (handoff && owned) continue;
      context.report({
        span: m.span,
        ...(!handoff && {
          hint:
            'Own it instead of "{{match}}": say what you can do, or who can and that you\'ll ' +
            'bring them in ("Billing handles refunds, so I\'ve passed it to them; I\'ll update you by 5 pm.").',
        }),
      });
    }
  },
});
