import { shoutsOf } from '../src/analysis/shouting.js';
import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'shouting',
  category: 'tone',
  severity: 'error',
  weight: 18,
  fixable: true,
  description: 'Words in capitals (not acronyms) or runs of "!!!" and "???".',
  rationale:
    'Capitals and stacked exclamation or question marks read as a raised voice, and an upset ' +
    'customer hears anger even where you meant emphasis. Acronyms (FAQ, PDF, ID), product codes ' +
    'and order numbers are fine.',
  message: '"{{match}}" reads as shouting.',
  hint: 'Write it in plain case, with one "!" or "?" at most; if something matters, say why it matters.',
  examples: {
    fires: [
      'Why are you asking again??',
      'We CANNOT do that.',
      'Please DO NOT reply to this email.',
      'Your order is READY for collection.',
      "We really can't refund it!!!",
      'Did you even get the email???',
      'This is IMPORTANT: the link expires today.',
      'You MUST return it by Friday.',
      'I have NEVER seen this happen before.',
      "We DON'T store card details.",
      'Thanks for waiting!!!!',
      'YOUR REFUND HAS BEEN PROCESSED.',
    ],
    passes: [
      "THANK YOU for spotting this! I've corrected the price.",
      'Your PREMIUM plan renews today.',
      'Press RESET and wait for the light.',
      'NOTE: the invoice is attached as a PDF.',
      'Reply HELP for options or STOP to opt out.',
      'Please see the FAQ for the full list.',
      'We ship to the USA and the UK.',
      "I've attached the invoice as a PDF.",
      'Please bring photo ID to the collection point.',
      'Your order AB12345 ships today.',
      'The XJ-200 model has a two-year warranty.',
      'Thanks for waiting!',
      "Really? That's great news!",
      'Our IT team is on it, OK?',
      'Please DM us your order number. ^JB',
      'The HDMI cable goes in the back of the TV.',
      'Delivery is between 9 AM and 1 PM.',
      'Your flight is booked, Dana!! See you soon.',
    ],
  },
  check(reply, context) {
    for (const shout of shoutsOf(reply)) {
      const words = reply.text.slice(shout.span.start, shout.span.end);
      if (shout.kind === 'marks') {
        const mark = words.includes('?') ? '?' : '!';
        context.report({
          span: shout.span,
          message: `"${words}" reads as shouting.`,
          hint: `Use a single "${mark}".`,
          suggestions: [{ text: mark }],
          fix: { span: shout.span, text: mark },
        });
        continue;
      }
      const plain = plainCase(reply, shout.span.start, words);
      // Capitals stay a suggestion: only the writer knows whether a word was a name or a label.
      context.report({
        span: shout.span,
        hint: `Write "${plain}" in plain case; if something matters, say why it matters.`,
        suggestions: [{ text: plain }],
      });
    }
  },
});

/** "CANNOT" → "cannot"; at the start of a sentence "DO NOT" → "Do not". */
function plainCase(
  reply: { sentenceAt(offset: number): { span: { start: number } } | undefined },
  start: number,
  words: string,
): string {
  const lower = words.toLowerCase();
  const sentence = reply.sentenceAt(start);
  return sentence?.span.start === start ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}
