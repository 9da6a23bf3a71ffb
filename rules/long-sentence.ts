import { sentenceWords } from '../src/analysis/length.js';
import type { Reply } from '../src/analysis/reply.js';
import type { Word } from '../src/analysis/words.js';
import { defineRule } from '../src/engine/rule.js';

/** Fires on a sentence of more than `max` words, with a suggested split. */
export default defineRule({
  id: 'long-sentence',
  category: 'clarity',
  severity: 'warning',
  weight: 6,
  description: 'A sentence over about 30 words.',
  rationale:
    'A long sentence makes a stressed reader hold several ideas at once, and the one that matters (what happens ' +
    'next) ends up buried in the middle. Split it. The limit is the `max` option (30); links and @handles ' +
    'are not counted, and a contraction counts as one word. Where the sentence has a natural break (", and", ' +
    '"; ", ", but", ", so", ", which"), the finding suggests the split.',
  message: 'This sentence runs to {{count}} words.',
  hint: 'Split it: one idea per sentence, with what happens next on its own. {{advice}}',
  options: { max: 30 },
  examples: {
    fires: [
      'I have looked into your order and it seems that the courier tried to deliver it on Monday but nobody was home so they took it back to the depot where it is waiting for you to collect it.',
      'We are very sorry for the inconvenience caused by the delay to your delivery, which was due to a problem at our warehouse that affected a large number of orders placed during the sale last week.',
      'Unfortunately, because it has been more than ninety days since the purchase, we cannot accept the return of the item, although we would be happy to look at other options with you if you would like.',
      'Thanks for getting back to us, and I can confirm that the refund for the second payment has been sent to the card you used, so it should appear on your statement within five working days.',
      {
        text: 'Please unplug the router and the cable box, wait two minutes, plug the router back in, wait for the lights to settle, and then plug the cable box back in too.',
        options: { max: 20 },
      },
      'Our engineers have found the fault that caused the outage in your area and they are working on a fix right now, and we expect the service to be back to normal by six this evening.',
      "I've checked with the store and they told me that the item you ordered is out of stock at the moment but they're expecting a new delivery next week and will send yours straight away.",
      'As you mentioned in your message, the app keeps logging you out whenever you switch to another app, and our developers are aware of this and are preparing an update that will fix it.',
      'If you could send us a photo of the damaged box and the oven door, along with the order number and the date of delivery, we will be able to arrange a replacement or a full refund for you.',
      'The booking was cancelled automatically because the payment did not go through on the day of travel and the system releases unpaid seats after twenty four hours, which I know is frustrating.',
    ],
    passes: [
      "I've refunded the delivery fee. You'll see it within three working days.",
      'Thanks for your patience while we looked into the double charge on your account.',
      'You can view the latest tracking information for your order, including whether it has shipped, here: https://example.com/track/123456 and https://example.com/help/shipping',
      '@a @b @c @d @e @f @g @h @i @j @k @l Thanks for letting us know, we are on it and will update you by noon today.',
      {
        text: 'I have looked into your order and the courier tried to deliver it on Monday.',
        options: { max: 20 },
      },
      'Hi Dana, thank you for telling us about the oven, and I am so sorry it arrived three days late.',
      "We've arranged a replacement: it leaves our warehouse today and the courier will deliver it by 5 pm on Thursday.",
      "I'm sorry. We can't access your account via Twitter. For assistance, please reach us here.",
      'Your order is on its way.',
      "Sorry for the wait! I've asked the store to call you within the hour with a new delivery time, and I'll check back at 3 pm.",
    ],
  },
  check(reply, context) {
    const max = Number(context.options.max);
    for (const sentence of reply.sentences) {
      const words = sentenceWords(reply, sentence.index);
      if (words.length <= max) continue;
      const split = splitPoint(reply, words);
      const span = { start: words[0]?.span.start ?? sentence.span.start, end: sentence.span.end };
      context.report({
        span,
        data: {
          count: String(words.length),
          advice: split
            ? `End the first sentence after "${reply.text.slice(span.start, split.end).split(/\s+/).slice(-4).join(' ')}".`
            : 'Two or three sentences will read better.',
        },
        ...(split && {
          suggestions: [
            {
              text: `${reply.text.slice(span.start, split.end).trimEnd()}. ${capitalize(
                reply.text.slice(split.resume, span.end).trimStart(),
              )}`,
            },
          ],
        }),
      });
    }
  },
});

const JOINERS = new Set(['and', 'but', 'so', 'which', 'because', 'although', 'while', 'as']);

/** The break nearest the middle: a ";" or a comma before a joining word. */
function splitPoint(
  reply: Reply,
  words: readonly Word[],
): { end: number; resume: number } | undefined {
  let best: { end: number; resume: number; distance: number } | undefined;
  const middle = words.length / 2;
  for (let i = 3; i < words.length - 3; i++) {
    const previous = words[i - 1] as Word;
    const word = words[i] as Word;
    const gap = reply.text.slice(previous.span.end, word.span.start);
    let point: { end: number; resume: number } | undefined;
    if (gap.includes(';')) point = { end: previous.span.end, resume: word.span.start };
    else if (gap.includes(',') && JOINERS.has(word.norm)) {
      const after = words[i + 1] as Word;
      // ", which is…" → ". This is…"; ", and they…" → ". They…"
      point = {
        end: previous.span.end,
        resume: word.norm === 'which' ? word.span.start : after.span.start,
      };
    }
    if (!point) continue;
    const distance = Math.abs(i - middle);
    if (!best || distance < best.distance) best = { ...point, distance };
  }
  return best && { end: best.end, resume: best.resume };
}

function capitalize(text: string): string {
  if (/^which\b/i.test(text)) return `This${text.slice(5)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
