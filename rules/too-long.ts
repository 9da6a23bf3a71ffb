import { platformLength, readWords, restOf } from '../src/analysis/length.js';
import { defineRule } from '../src/engine/rule.js';

/**
 * Fires when the reply is longer than its channel allows or reads well in:
 * social over 280 characters, SMS over 160, chat over about 60 words, email
 * over about 250 words. Points at the part past the limit.
 */
export default defineRule({
  id: 'too-long',
  category: 'clarity',
  severity: 'warning',
  weight: 30,
  description:
    'Too long for its channel (social 280 characters, SMS 160, chat ~60 words, email ~250 words).',
  rationale:
    'An upset customer skims. On social a reply over 280 characters is cut or split into a thread; an SMS over ' +
    '160 characters arrives in pieces; a chat message over about 60 words is a wall in a small window; an email ' +
    'over about 250 words buries the one line they need. Say what they need now (the fix and the next step) and ' +
    'move the rest to a follow-up, a link or a private message. Limits follow --channel (email by default) and ' +
    'are options: socialChars, smsChars, chatWords, emailWords. On social, leading @handles are not counted and ' +
    'a link counts as 23 characters; on email and chat, the sign-off and quoted text are not counted.',
  message: 'Too long for {{channel}}: {{count}} {{unit}} (limit {{limit}}).',
  hint: 'Cut to what they need now, the fix and the next step; the highlighted part is past the limit. {{advice}}',
  options: { socialChars: 280, smsChars: 160, chatWords: 60, emailWords: 250 },
  examples: {
    fires: [
      {
        text: `@dana_w ${'We are so sorry about the delay to your order. '.repeat(6)}`,
        channel: 'social',
      },
      {
        text: 'Hi Dana, your replacement oven ships today and the courier will deliver it by 5 pm on Thursday. We have also refunded the delivery charge to your card. Reply STOP to opt out.',
        channel: 'sms',
      },
      { text: `${'I have checked your order and it is on its way. '.repeat(7)}`, channel: 'chat' },
      {
        text: `Hi Dana,\n\n${'Thank you for telling us about the oven and the delivery. '.repeat(26)}`,
      },
      {
        text: 'Thanks! '.repeat(40),
        channel: 'social',
        options: { socialChars: 200 },
      },
      { text: `${'word '.repeat(31)}.`, channel: 'chat', options: { chatWords: 30 } },
      {
        text: `${'Your parcel is with the courier and will arrive tomorrow. '.repeat(3)}`,
        channel: 'sms',
      },
      {
        text: `@shop ${'The outage in your area is fixed. '.repeat(9)}`,
        channel: 'social',
      },
      { text: `${'We have refunded you. '.repeat(70)}`, channel: 'email' },
      { text: `${'Let me check that for you. '.repeat(12)}`, channel: 'chat' },
    ],
    passes: [
      {
        text: "@dana_w We're sorry your order is late! Please DM us your order number.",
        channel: 'social',
      },
      {
        text: `@a @b @c @d @e @f @g @h @i @j ${'Sorry for the wait! '.repeat(13)}`,
        channel: 'social',
      },
      {
        text: `Sorry for the wait! Here is the status page: https://status.example.com/${'x'.repeat(200)}`,
        channel: 'social',
      },
      { text: 'Your replacement ships today and arrives by 5 pm Thursday.', channel: 'sms' },
      { text: "Thanks for waiting, Priya! I've reset your password.", channel: 'chat' },
      { text: `Hi Dana,\n\n${'Your oven ships today. '.repeat(50)}\n\nBest,\nSam` },
      { text: `${'word '.repeat(59)}.`, channel: 'chat' },
      { text: `${'Thanks! '.repeat(40)}`, channel: 'social', options: { socialChars: 400 } },
      {
        text: `Hi,\n\n${'> quoted customer words here\n'.repeat(80)}\nThanks, fixed.`,
        channel: 'email',
      },
      { text: `${'We have refunded you. '.repeat(60)}`, channel: 'email' },
    ],
  },
  check(reply, context) {
    const channel = reply.draft.channel;
    const option = (key: string) => Number(context.options[key]);
    if (channel === 'social' || channel === 'sms') {
      const limit = option(channel === 'social' ? 'socialChars' : 'smsChars');
      const counted =
        channel === 'social'
          ? platformLength(reply.text)
          : {
              length: reply.text.trim().length,
              offsetAt: (n: number) => reply.text.search(/\S/) + n,
            };
      if (counted.length <= limit) return;
      context.report({
        span: restOf(reply, counted.offsetAt(limit)),
        data: {
          channel,
          count: String(counted.length),
          unit: 'characters',
          limit: String(limit),
          advice:
            channel === 'social'
              ? 'Move the details to a private message.'
              : 'Send a link for the details, or split it into a call.',
        },
      });
      return;
    }
    const limit = option(channel === 'chat' ? 'chatWords' : 'emailWords');
    const words = readWords(reply);
    if (words.length <= limit) return;
    const first = words[limit];
    if (!first) return;
    context.report({
      span: restOf(reply, first.span.start),
      data: {
        channel,
        count: String(words.length),
        unit: 'words',
        limit: String(limit),
        advice:
          channel === 'chat'
            ? 'Send it as two or three short messages.'
            : 'Keep the answer and the next step; move the background to a link.',
      },
    });
  },
});
