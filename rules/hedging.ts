import { hedgeStacksOf } from '../src/analysis/hedges.js';
import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'hedging',
  category: 'tone',
  severity: 'info',
  weight: 5,
  description: 'Stacked hedges that undermine a firm answer ("I think maybe we might…").',
  rationale:
    'One "might" is honest. "I think maybe it could possibly" tells an anxious customer that ' +
    'nobody knows, and they will ask again or escalate to find someone who does. State what you ' +
    'know once, plainly, and say how you will find out the rest.',
  message: '"{{match}}" stacks hedges; the answer sounds unsure.',
  hint: 'Be direct: state the answer once, or say what you will check and when.',
  examples: {
    fires: [
      'I think maybe we might be able to refund it.',
      'It could possibly be a problem with the router.',
      'Perhaps the parcel was probably sent to your old address.',
      "I'm not sure, but it might arrive tomorrow.",
      'Hopefully it may be fixed by the weekend.',
      'I guess it sort of depends on the courier.',
      'It seems the payment may have failed.',
      "I believe it's probably the battery.",
      'Maybe you could try restarting it; possibly that will help.',
      "I'd say it's likely a billing error.",
    ],
    passes: [
      'The refund will reach your account by Friday.',
      'It might be the router, so I have sent a replacement.',
      'Could you try restarting it?',
      'You might want to keep the receipt until the refund arrives.',
      'What kind of phone are you using?',
      'I believe you, and I have refunded the charge.',
      'Maybe we could book the engineer for Friday or Monday?',
      'Your May invoice is attached, and the June one will follow.',
      'Perhaps the best option is a full refund, which I have issued today.',
      'I think that is a great idea, and I have passed it to the team.',
      'It may take up to five days to show on your statement, and I will check on Friday that it has.',
    ],
  },
  check(reply, context) {
    for (const stack of hedgeStacksOf(reply)) {
      const hedges = stack.hedges.map((h) => `"${h}"`).join(', ');
      context.report({
        span: stack.span,
        message: `"{{match}}" stacks hedges (${hedges}); the answer sounds unsure.`,
        hint: `Be direct: state the answer once. Keep at most one of ${hedges}, or say what you will check and when.`,
      });
    }
  },
});
