import { dropWords, inCaseOf } from '../src/engine/edits.js';
import { patternMatcher } from '../src/engine/pattern-matcher.js';
import { defineRule } from '../src/engine/rule.js';

/**
 * Canned corporate phrasing. Each phrase says how to put it like a person:
 * drop it (`drop`), or say it another way (`say`).
 */
interface Phrase {
  pattern: string;
  drop?: boolean;
  say?: string;
  hint?: string;
}

const PHRASES: readonly Phrase[] = [
  { pattern: '(please|kindly)? be advised (that)?', drop: true },
  { pattern: 'kindly (note|be informed|be notified|be aware|be reminded) (that)?', drop: true },
  { pattern: 'please be (informed|notified) (that)?', drop: true },
  {
    pattern: '(we|i) (regret|are sorry|am sorry) to (inform|advise|tell|notify) you (that)?',
    say: "I'm afraid",
  },
  {
    pattern:
      'it is with #Adjective? regret that (we|i) (must|have to)? (inform|advise|tell) you (that)?',
    say: "I'm afraid",
  },
  { pattern: '(we|i) (would|wish|want) like? to (inform|advise|notify) you (that)?', drop: true },
  { pattern: '(we|i) wish to (apologise|apologize|express|extend|thank)', drop: true },
  {
    pattern: 'duly (noted|received|acknowledged|registered|logged)',
    hint: 'Say what happens with it instead of "{{match}}": "I\'ve passed this to the delivery team, and I\'ll update you by Friday."',
  },
  {
    pattern:
      '(your|the) (feedback|complaint|comments|comment|concern|concerns|suggestion|suggestions) (has|have) been (duly)? noted',
    hint: 'Say what happens with it instead of "{{match}}": "I\'ve passed this to the delivery team, and I\'ll update you by Friday."',
  },
  {
    pattern:
      '(passed|forwarded|referred|escalated|sent) (on|it|this|them)? to the (relevant|appropriate|concerned|responsible|right) (department|departments|team|teams|party|parties|personnel|people)',
    hint: 'Name who has it and what happens next instead of "{{match}}": "I\'ve sent this to our billing team; they\'ll reply by Friday."',
  },
  { pattern: '(we are|i am) writing to (inform|advise|notify) you (that)?', drop: true },
  {
    pattern: 'this (email|message|letter|mail|note) is to (inform|notify|advise) you (that)?',
    drop: true,
  },
  { pattern: 'this is to (inform|notify|advise) you (that)?', drop: true },
  {
    pattern:
      'dear (valued|esteemed)? (sir or madam|sir|madam|customer|customers|client|user|member|account holder|guest|patron|shopper)',
    say: 'Hi',
  },
  { pattern: 'dear /^sir.madam$/', say: 'Hi' },
  { pattern: 'to whom it may concern', say: 'Hi' },
  {
    pattern:
      'valued (customer|customers|client|clients|member|members|guest|guests|patron|patrons|feedback|comments|input|business|custom|patronage)',
    hint: 'Talk to them, not about a category: say "you" instead of "{{match}}".',
  },
  {
    pattern:
      'your (call|business|custom|feedback|satisfaction|inquiry|enquiry|query|request|email|message|patience) is #Adverb? important to us',
    hint: 'Show it instead of saying "{{match}}": answer their question in the first line.',
  },
  {
    pattern: 'we value you as a (customer|client|member|guest)',
    hint: 'Show it instead of saying "{{match}}": say what you have done for them.',
  },
  {
    pattern: 'your satisfaction is our (top|number one|highest|first|#1)? priority',
    hint: 'Show it instead of saying "{{match}}": say what you have done for them.',
  },
  {
    pattern:
      '(please|kindly)? (do not) hesitate to (contact|reach|get|call|email|ask|let|write|message|drop)',
    hint: 'Talk like a person instead of "{{match}}": "If anything else comes up, just reply to this email."',
  },
  { pattern: '(i|we) hope this (email|message|letter|mail|note) finds you well', drop: true },
  {
    pattern: '(we|i) #Adverb? (acknowledge|confirm) (the)? receipt of',
    say: 'thanks for',
    hint: 'Thank them like a person instead of "{{match}}": "Thanks for your email about…".',
  },
  { pattern: 'as per your (request|instructions)', say: 'as you asked' },
  {
    pattern: 'as per (your|my|our) (email|query|enquiry|inquiry|message|conversation|call|chat)',
    hint: 'Say it plainly instead of "{{match}}": "As you said in your email," or "As we discussed,".',
  },
  { pattern: 'please find (attached|enclosed)', say: "I've attached" },
  { pattern: 'please find (below|herewith)', say: "Here's" },
  { pattern: 'thank you for your kind? (cooperation|co-operation)', say: 'thanks for your help' },
  {
    pattern: '(aforementioned|herewith|hereunder|above-mentioned|abovementioned|undersigned)',
    hint: 'Say it plainly instead of "{{match}}": "the order above", "I".',
  },
  { pattern: '(kindly|please) revert', say: 'please reply' },
  { pattern: 'revert back', say: 'reply' },
  {
    pattern: 'do the needful',
    hint: 'Say exactly what you need them to do instead of "{{match}}".',
  },
  { pattern: 'at your earliest convenience', say: 'when you can' },
  { pattern: 'for your (perusal|kind information)', drop: true },
  {
    pattern:
      '(striving|strive|committed|dedicated) to (provide|providing|deliver|delivering|offer|offering) (the best|the highest|the very best|excellent|exceptional|outstanding|world-class|quality|high-quality|a high)',
    hint: 'Show it instead of saying "{{match}}": say what you did for this customer.',
  },
];

const match = patternMatcher(PHRASES.map((p) => p.pattern));

export default defineRule({
  id: 'robotic',
  category: 'tone',
  severity: 'warning',
  weight: 10,
  description: 'Canned corporate phrasing ("Please be advised", "Dear valued customer").',
  rationale:
    'An upset customer wants a person. "Please be advised", "We regret to inform you" and "Your call is ' +
    'important to us" read as a form letter, which tells them nobody is really looking at their problem. ' +
    'Say the same thing the way you would say it out loud.',
  message: '"{{match}}" is canned phrasing; it reads like a form letter.',
  hint: 'Talk like a person: drop "{{match}}" and say the thing itself.',
  examples: {
    fires: [
      'Your feedback has been noted and passed on to the relevant department.',
      'Your query has been duly noted.',
      'Dear valued customer, your order has shipped.',
      'Please be advised that your order has been cancelled.',
      'We regret to inform you that the item is out of stock.',
      'Kindly note that refunds take 5 working days.',
      'Your call is important to us.',
      "Please don't hesitate to contact us if you have any questions.",
      'I hope this email finds you well.',
      'As per your request, I have cancelled the booking.',
      'Please find attached your invoice.',
      'Kindly revert at your earliest convenience.',
      'This is never how we want to treat any of our valued customers.',
      'It is with regret that we must inform you the event is cancelled.',
    ],
    passes: [
      "I've passed your photos to our delivery team, and they'll call you by 5 pm today.",
      'I noted your new address on the account, so the next order goes there.',
      'Hi Dana, your order shipped this morning.',
      "I'm afraid the blue one is out of stock, but the green one can ship today.",
      "I've attached your invoice.",
      'If anything else comes up, just reply to this email.',
      'Please note your new booking reference: QX7.',
      'We value your feedback on the new app.',
      'Dear Ms Okafor, I have rebooked your flight for Friday.',
      'Kindly as ever, our driver waited ten minutes before leaving.',
      'I reverted the change, so your old plan is back.',
      'Thanks for your patience while we sorted this out.',
      'Your satisfaction matters, so I have refunded the fee.',
      'You said "please be advised" sounded cold, and I agree.',
    ],
  },
  check(reply, context) {
    for (const m of match(reply)) {
      const phrase = PHRASES[m.pattern] as Phrase;
      const words = reply.text.slice(m.span.start, m.span.end);
      if (phrase.drop) {
        const edit = dropWords(reply, m.span);
        context.report({
          span: edit.span,
          data: { match: words },
          hint: `Drop "${words}" and say the thing itself.`,
          suggestions: [{ text: edit.text }],
        });
      } else if (phrase.say) {
        // A canned greeting becomes one with the customer's name when it is known.
        const name = phrase.say === 'Hi' ? reply.draft.name?.trim().split(/\s+/)[0] : undefined;
        const say = inCaseOf(words, name ? `Hi ${name}` : phrase.say);
        const greeting = phrase.say === 'Hi';
        context.report({
          span: m.span,
          hint: greeting
            ? `Greet them like a person, by name: "${name ? say : 'Hi <name>'},".`
            : (phrase.hint ?? `Say it like a person: "${say}" instead of "{{match}}".`),
          suggestions: [{ text: say }],
        });
      } else {
        context.report({ span: m.span, ...(phrase.hint && { hint: phrase.hint }) });
      }
    }
  },
});
