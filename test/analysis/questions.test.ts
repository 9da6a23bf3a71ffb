import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../src/analysis/nlp.js';
import { questionsOf } from '../../src/analysis/questions.js';
import { Reply } from '../../src/analysis/reply.js';
import { draftsFromText } from '../../src/sources/index.js';

beforeAll(async () => {
  await loadNlp();
});

function questions(text: string): string[] {
  const [draft] = draftsFromText('t.txt', text, { channel: 'email', kind: 'reply' });
  if (!draft) throw new Error('no draft');
  const reply = new Reply(draft);
  return questionsOf(reply).map((q) => `${q.kind}: ${text.slice(q.span.start, q.span.end)}`);
}

const kind = (text: string) => questions(text)[0]?.split(':')[0];

describe('questionsOf', () => {
  it.each([
    ['Is there a problem with your order?', 'yes-no'],
    ['Did you get the email I sent on Monday?', 'yes-no'],
    ["Didn't the courier leave a card?", 'yes-no'],
    ['Have your issues been addressed?', 'yes-no'],
    ['Were you able to speak with a banker?', 'yes-no'],
    ['Can you see the Save button now?', 'yes-no'],
    ['What happened when you tried to log in?', 'open'],
    ['How long has it been doing this?', 'open'],
    ['Could you send the order number?', 'request'],
    ['Can you please confirm the delivery address?', 'request'],
    ['Would you mind sharing a screenshot?', 'request'],
    ['Are you able to send a photo of the label?', 'request'],
    ['Would you like a refund or a replacement?', 'offer'],
    ['Do you want me to cancel it?', 'offer'],
    ['Shall I resend the link?', 'offer'],
    ['Can I just check the address with you?', 'offer'],
    ['Would Friday work for you?', 'offer'],
    ['Would that slot work for you?', 'offer'],
    ['Does the 3 pm slot suit you?', 'offer'],
    ['Is the parcel at your door, or is it still with the courier?', 'alternative'],
    ['Would you be happy with store credit?', 'offer'],
    ['Is it OK if I call you tomorrow?', 'offer'],
    ['Is there anything else I can help with?', 'closing'],
    ['Anything else I can help with?', 'closing'],
    ['Does that help?', 'closing'],
    ['Is that okay?', 'closing'],
    ['Would that be OK?', 'closing'],
    ['Is that right?', 'closing'],
    ['Are you still there?', 'closing'],
    ['Is there any chance you could send a photo?', 'request'],
    ['Will you be at home on Friday?', 'yes-no'],
    ['Would you be able to try another browser?', 'request'],
    ['Are you getting an error message or an error code?', 'alternative'],
    ['Do I understand that the flight is closed?', 'self'],
    ['So it arrived empty?', 'other'],
    ['You have two travel funds, correct?', 'other'],
  ])('%s → %s', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });

  it('starts the question after a greeting or a lead-in clause', () => {
    expect(questions('Hey there, are you still seeing this in the game?')).toEqual([
      'yes-no: are you still seeing this in the game?',
    ]);
    expect(questions('Just to check, did you watch the video in full?')).toEqual([
      'yes-no: did you watch the video in full?',
    ]);
    expect(questions('When you tried again, did it show an error?')).toEqual([
      'yes-no: did it show an error?',
    ]);
  });

  it('only looks at sentences that end with a question mark', () => {
    expect(questions('Is it fixed. I hope so!')).toEqual([]);
  });
});
