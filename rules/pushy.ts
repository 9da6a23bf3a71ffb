import { inCaseOf } from '../src/engine/edits.js';
import { patternMatcher } from '../src/engine/pattern-matcher.js';
import { defineRule } from '../src/engine/rule.js';

const ORDERS = [
  // "You need to…", "You must…", "You'll have to…", "You're required to…": the customer as the subject.
  'you #Adverb? need to',
  'you #Adverb? must',
  'you #Adverb? have to',
  'you #Adverb? (have got|got) to',
  'you #Adverb? will have to',
  'you #Adverb? are going to have to',
  'you #Adverb? are (required|obliged|expected) to',
];
const THREATS = [
  'failure to (do so|comply|respond|reply|pay|provide|return|follow|complete|act|send|confirm)',
  // "…within 24 hours or lose the booking."
  'or (you will|you may|you could)? (lose|forfeit) (the|your|any|it|this|that)',
];
const match = patternMatcher(
  [...ORDERS, ...THREATS],
  [
    // A condition, a question or a relative clause, not an order: "If you need to…",
    // "Do you need to…?", "everything you need to know".
    '(if|when|whenever|unless|whether|once|before|after|until|where|in case|as long as|so that|in order) you',
    '(what|everything|anything|all|something|nothing|whatever|which|the only thing) you',
    '(do|does|did|will|would|why|should|shall) you',
    // Sympathy, not an order: "I'm sorry you have to deal with this."
    '(sorry|shame|pity|hate|unfair|frustrating|annoying|awful|terrible|horrible|understand) (that)? you',
    // Inference and empathy: "You must be so frustrated", "You must have been worried".
    'you must (be|have|feel|think|wonder)',
    // Sending them elsewhere is `passes-the-buck`, not an order.
    'you #Adverb? (have to|need to|must|will have to|are going to have to) (contact|call|ring|phone|email|message|speak|talk|reach|write|get in touch|take it up|take this up|take that up) !(us|me)',
  ],
);

export default defineRule({
  id: 'pushy',
  category: 'tone',
  severity: 'warning',
  weight: 12,
  description: 'Orders the customer around ("You need to…", "You must…").',
  rationale:
    'An upset customer who is told what they "need to" or "must" do hears that the problem is now ' +
    'their job. The same step, offered as an invitation or as the quickest fix, gets done without ' +
    'the resentment.',
  message: '"{{match}}" orders the customer around.',
  hint: 'Invite instead of ordering: "Could you…?", "Please…", or "The quickest fix is to…" rather than "{{match}}".',
  examples: {
    fires: [
      'Please call us back within 24 hours or lose the booking.',
      'You need to restart the router.',
      'You must return the item within 14 days.',
      'You have to log out and back in again.',
      "You'll have to wait until Monday.",
      "You've got to update the app first.",
      "You're required to show ID at collection.",
      'Failure to do so will result in your account being closed.',
      'First, you need to sign in to your account.',
      'To get a refund, you must send the receipt.',
      'You’re going to have to reset it yourself.',
      'You NEED to reply by Friday.',
    ],
    passes: [
      'Book by Friday, or I can hold the room for you until Monday.',
      'If you need to change the address, just reply here.',
      "You don't need to do anything else.",
      'Do you need to change the delivery date?',
      'Everything you need to know is in the link below.',
      "I'm sorry you have to deal with this.",
      'You must be so frustrated after all this.',
      "You must have been worried when it didn't arrive.",
      'We need to check a few details first.',
      "You won't have to pay anything again.",
      'All you need is your order number.',
      'Could you send the receipt when you get a moment?',
      "You'll need your order number handy when you call.",
    ],
  },
  check(reply, context) {
    for (const m of match(reply)) {
      const words = reply.text.slice(m.span.start, m.span.end);
      if (m.pattern >= ORDERS.length) {
        context.report({
          span: m.span,
          hint: 'Say what happens next without a threat: "If I haven\'t heard back by Friday, I\'ll…" instead of "{{match}}".',
        });
        continue;
      }
      context.report({
        span: m.span,
        suggestions: [{ text: inCaseOf(words, 'could you') }, { text: inCaseOf(words, 'please') }],
      });
    }
  },
});
