import { contrasts } from '../src/analysis/contrast.js';
import { defineRule } from '../src/engine/rule.js';

/**
 * Fires on "but"/"however" right after an apology or empathy statement, in the
 * same sentence or opening the next one, unless what follows is help the agent
 * gives ("…, but I can send a replacement today").
 */
export default defineRule({
  id: 'but-after-empathy',
  category: 'empathy',
  severity: 'warning',
  weight: 16,
  description: 'Undoes an apology or empathy statement with "but" or "however".',
  rationale:
    '"I understand your frustration, but…" tells the customer the understanding was a formality: everything ' +
    'before "but" is discounted, and what follows is usually the refusal or the excuse. End the empathy sentence ' +
    'there and start the next one with what you will do. The rule looks for "but" or "however" within a few words ' +
    'after a specific apology or an empathy statement, or opening the next sentence ("Sorry for the delay. But…"). ' +
    'A "but" that brings the help ("…, but I can send a replacement today") is fine; a bare "Sorry, but…" is left ' +
    'to non-apology.',
  message: 'The empathy in "{{empathy}}" is undone by "{{contrast}}".',
  hint: 'End the sentence after "{{empathy}}" and start the next one with what you will do, not with "{{contrast}}".',
  examples: {
    fires: [
      'I understand your frustration, but our policy does not allow refunds after 30 days.',
      'I understand your frustration; however, this is an issue with the licensing agreement.',
      'I am sorry to hear that Polly, however we would not offer a gesture for complaints of this nature.',
      "Sorry for the delay, Crystal. But I'm glad our team is making sure everything is clean!",
      "I'm so sorry the parcel was late, but the courier had a very busy week.",
      'We know how frustrating this is, but there is nothing more we can do.',
      'I completely understand, but you will need to contact the seller.',
      "I'm sorry your order arrived damaged, but we can't refund it without photos.",
      'I can only imagine how stressful this is. However, the booking rules apply to everyone.',
      "We're sorry for the long wait, but we are very busy at the moment.",
    ],
    passes: [
      "I'm sorry we can't refund it, but I can offer store credit today.",
      "I understand how stressful this is. I've rebooked you on the 6 pm flight.",
      "I'm sorry your order is late, but the good news is it's out for delivery now.",
      "Sorry for the delay! I've refunded the delivery fee.",
      'Sorry, but we cannot do that.',
      "I understand, and I'll call the courier now.",
      'Not only did we refund the fee, but we also sent a voucher.',
      "I'm sorry the parcel was late; we've asked the courier to explain, and we'll let you know what they say, but in the meantime here's a voucher.",
      "We'd hate to see you go, but we'll be sure to share your request with the team.",
      'The app was down last night, but it is working again now.',
      "I'm sorry about the mix-up, but we've sent the right size today.",
    ],
  },
  check(reply, context) {
    for (const c of contrasts(reply)) {
      const empathy = reply.text.slice(c.empathy.start, c.empathy.end).replace(/\s+/g, ' ').trim();
      const next = c.next ? capitalize(c.next.text) : '';
      // Same sentence: end it before the contrast; next sentence: just drop the contrast word.
      const sameSentence = reply.sentenceAt(c.empathy.start)?.index === c.sentence;
      const text = sameSentence ? `. ${next}` : next;
      context.report({
        span: c.span,
        data: { empathy, contrast: c.word.text },
        ...(next && { suggestions: [{ text }] }),
      });
    }
  },
});

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
