import { untimedFollowUps, vaguePromises } from '../src/analysis/promises.js';
import { defineRule } from '../src/engine/rule.js';

/**
 * Fires on a vague time ("soon", "ASAP", "shortly", "in due course") in a
 * promise the company makes, unless the same promise (its sentence, or the
 * one just before) also names a concrete time.
 */
export default defineRule({
  id: 'vague-timeline',
  category: 'resolve',
  severity: 'warning',
  weight: 12,
  description: 'Promises a follow-up with no concrete time ("soon", "ASAP").',
  rationale:
    '"We\'ll get back to you soon" means nothing to someone who has already waited: soon to you is tomorrow, ' +
    'soon to them is the next hour, and every hour after that feels like a broken promise. Give a time you can ' +
    'keep ("by 3 pm tomorrow", "within 24 hours"), even if it is only the time of the next update. The rule ' +
    'flags soon, shortly, ASAP, as soon as possible, as quickly as possible, in due course, at some point, in ' +
    'the near future, at the earliest opportunity and the like, in a promise the company makes, and a promise to ' +
    '"get back to you", "be in touch" or "update you" that gives no time at all. It stays quiet ' +
    'when the same promise also gives a concrete time ("soon, and by 5 pm at the latest"), or the sentence just ' +
    'before does ("The flight leaves at 8 pm. We\'re working to get you there soon."), when "as soon as" is ' +
    'tied to an event ("as soon as it ships"), when the time is the customer\'s own ("hope you visit again ' +
    'soon", "please reply ASAP"), in questions and in sign-offs ("Speak soon").',
  message: '"{{match}}" promises a follow-up without a time.',
  hint: 'Replace "{{match}}" with a time you can keep: "by 3 pm tomorrow", "within 24 hours", or when you will next update them.',
  examples: {
    fires: [
      "We'll get back to you soon.",
      'ASAP.',
      'Someone from that team will get back to you shortly.',
      'We hope to have you on your way as soon as possible.',
      'Our IT team is working on it, we should have it up and working very soon.',
      'Your request will be handled in due course.',
      'Hopefully we will have the album back soon.',
      "We're looking into this and will follow up with next steps ASAP.",
      "You'll hear from us shortly.",
      'A member of our team will be in touch shortly via in-app.',
      'We will update you at some point in the near future.',
      "We'll look into it and get back to you.",
      'Someone from the billing team will be in touch.',
    ],
    passes: [
      "We'll get back to you by 3 pm tomorrow.",
      "I'll email you the tracking link as soon as it's ready.",
      'I hope you give it another try soon.',
      'The flight is set to depart at 8 pm. We are working hard to have you on your way soon.',
      "We'll call you shortly, within the hour.",
      'Please reply ASAP so we can hold the seat.',
      'Thanks, Sam!\n\nSpeak soon,\nPriya',
      'Can you get back to me soon?',
      'Get well soon, and thanks for your patience.',
      'Your refund will arrive within 5 working days.',
      'See you soon on board!',
      "I'll let you know when the parcel leaves the depot.",
      "We'll get back to you. You'll hear from me by 5 pm today either way.",
      "I'll update you if anything changes before Friday's delivery.",
      'Will you get back to me with the serial number?',
    ],
  },
  check(reply, context) {
    for (const promise of vaguePromises(reply)) context.report({ span: promise.span });
    for (const promise of untimedFollowUps(reply)) context.report({ span: promise.span });
  },
});
