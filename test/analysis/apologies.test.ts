import { describe, expect, it } from 'vitest';
import { apologies } from '../../src/analysis/apologies.js';
import { contrasts } from '../../src/analysis/contrast.js';
import { empathyStatements } from '../../src/analysis/empathy.js';
import { thanksSpans } from '../../src/analysis/thanks.js';
import { replyOf, textsOf } from '../helpers/reply.js';

describe('apologies', () => {
  it.each([
    ["I'm so sorry your order arrived broken.", 'situation'],
    ['Sorry for the long wait!', 'situation'],
    ['I apologize deeply for the delay.', 'situation'],
    ['Sorry to hear that, Davina.', 'sympathy'],
    ["I'm sorry. We can't access your account here.", 'bare'],
    ['Apologies.', 'bare'],
    ['We apologize for any inconvenience this may have caused.', 'generic'],
    ['Sorry for the inconvenience.', 'generic'],
    ['Sorry to hear about the inconveniences.', 'generic'],
    ["Sorry if we haven't called you back yet.", 'generic'],
    ['Sorry, but we cannot do that.', 'generic'],
    ['We are sorry to inform you that the item is out of stock.', 'generic'],
    ['I am sorry for your frustration.', 'feelings'],
    ["I'm sorry you feel that way.", 'feelings'],
    ['Really sorry that you feel this way.', 'feelings'],
    ['My apologies for any frustration.', 'feelings'],
  ])('%j is a %s apology', async (text, kind) => {
    expect((await apologies(await replyOf(text))).map((a) => a.kind)).toEqual([kind]);
  });

  it.each([
    'No need to apologise, it happens!',
    'The app is in a sorry state, we know.',
    'You have nothing to apologize for.',
  ])('finds none in %j', async (text) => {
    expect(apologies(await replyOf(text))).toEqual([]);
  });
});

describe('empathyStatements', () => {
  it.each([
    ['I can only imagine how stressful this is.', 1],
    ['I understand your frustration.', 1],
    ['We know how frustrating delays can be.', 1],
    ["That's not the experience we want you to have.", 1],
    ["I know that's not the answer you were hoping for.", 1],
    ['Delays are frustrating for everyone involved.', 1],
    ['Do I understand that the flight is closed already?', 0],
    ['Please understand that we are busy.', 0],
  ])('%j has %i', async (text, count) => {
    expect(empathyStatements(await replyOf(text))).toHaveLength(count);
  });
});

describe('contrasts after empathy', () => {
  it.each([
    ['I understand your frustration, but our policy is clear.', ['but']],
    ['I understand your frustration; however, this is out of our hands.', ['however']],
    ["Sorry for the delay, Crystal. But I'm glad the plane is clean.", ['But']],
    ["I'm sorry we can't refund it, but I can offer store credit.", []],
    ["I'm sorry the parcel is late, but the good news is it's out for delivery.", []],
    ['Sorry for the wait! The app was down, but it works again now.', []],
    ["I'm sorry your order arrived damaged, but we can't refund it.", ['but']],
  ])('%j', async (text, words) => {
    const reply = await replyOf(text);
    expect(contrasts(reply).map((c) => c.word.text)).toEqual(words);
  });
});

describe('thanks', () => {
  it.each([
    ['Thanks for waiting!', ['Thanks']],
    ['We appreciate your patience.', ['appreciate']],
    ['Much appreciated!', ['appreciated']],
    ['Sorry about that. TY - Chris', ['TY']],
    ['...assist you further-Thanks-Anwar', ['Thanks']],
    ['Thanks to the storm, deliveries are late.', []],
    ['No thanks needed.', []],
    ['I appreciate how annoying this is.', []],
    ['You said "thanks for nothing", and I get why.', []],
  ])('%j', async (text, words) => {
    const reply = await replyOf(text);
    expect(textsOf(reply, thanksSpans(reply))).toEqual(words);
  });
});
