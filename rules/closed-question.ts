import { questionsOf } from '../src/analysis/questions.js';
import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'closed-question',
  category: 'tone',
  severity: 'info',
  weight: 5,
  description: 'A yes/no question used to gather information.',
  rationale:
    '"Is there a problem with your order?" gets "yes" and another round trip. An open question ' +
    '("What happened when…?", "Can you tell me more about…?") gets the details in one reply and ' +
    'lets the customer feel heard. Polite requests, offers and closing checks are fine.',
  message: '"{{match}}" is a yes/no question; it invites a one-word answer.',
  hint: 'Ask an open question instead: "Can you tell me more about what happened?" or "What do you see when…?"',
  examples: {
    fires: [
      'Is there a problem with your order?',
      'Did you get the email I sent on Monday?',
      'Have you tried restarting the router?',
      'Hi Dana, are you still seeing the error?',
      'Do you have the tracking number?',
      "Didn't the courier leave a card?",
      'Was the box damaged when it arrived?',
      'Just to check, did you watch the video in full?',
      'Can you see the Save button now?',
      'Were you able to speak with a banker about your card?',
      'Is it still happening today?',
    ],
    passes: [
      'Would that be OK?',
      'Are you still there?',
      'Could you send the order number?',
      'Would you like a refund?',
      'Anything else I can help with?',
      'Is there anything else I can help you with?',
      'What happened when you tried to log in?',
      'Can you tell me more about what happened?',
      'Does that help?',
      'Shall I send a new one?',
      'Are you checking the connection wired or wireless?',
      'Would Friday work for you?',
      'Do you want me to cancel the order?',
      'You said "is it broken?" in your message, and I have checked.',
      'So the parcel arrived empty?',
    ],
  },
  check(reply, context) {
    for (const question of questionsOf(reply)) {
      if (question.kind === 'yes-no') context.report({ span: question.span });
    }
  },
});
