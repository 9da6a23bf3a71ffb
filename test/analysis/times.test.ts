import { describe, expect, it } from 'vitest';
import { vaguePromises } from '../../src/analysis/promises.js';
import { committedTimes, concreteTimes, vagueTimes } from '../../src/analysis/times.js';
import { replyOf, textsOf } from '../helpers/reply.js';

describe('concreteTimes', () => {
  it.each([
    ['The courier will deliver it by 5 pm on Thursday.', ['5 pm', 'on Thursday']],
    ['You will see it within 24 hours.', ['within 24 hours']],
    ['It ships tomorrow.', ['tomorrow']],
    ['We will call you within the hour.', ['within the hour']],
    ['The flight is set to depart at 8 p.m. tonight.', ['8 p.m.', 'tonight']],
    ['Your refund went through on 3 March.', ['3 March']],
    ['Pls provide the same within next 24 hrs.', ['within next 24 hrs']],
    ['You will have it in 3 working days.', ['in 3 working days']],
  ])('finds the times in %j', async (text, times) => {
    const reply = await replyOf(text);
    expect(textsOf(reply, concreteTimes(reply))).toEqual(times);
  });

  it('does not read thread markers or plain numbers as dates', async () => {
    const reply = await replyOf('We emailed you about this 1/2. Order 12 of 30 is ready.');
    expect(concreteTimes(reply)).toEqual([]);
  });

  it('commits only to forward-looking times', async () => {
    const past = await replyOf('We turned off online ordering tonight for our promo.');
    expect(committedTimes(past)).toEqual([]);
    const future = await replyOf('The engineer will be with you tomorrow morning.');
    expect(textsOf(future, committedTimes(future))).toEqual(['tomorrow']);
  });
});

describe('vagueTimes', () => {
  it.each([
    ["We'll get back to you soon.", ['soon']],
    ['We hope to have it restored soon as we can.', ['soon as we can']],
    ['We should have it working very soon.', ['very soon']],
    ['Someone will be in touch shortly.', ['shortly']],
    ['We will follow up ASAP.', ['ASAP']],
    ['It will be handled in due course.', ['in due course']],
    ['We will look at it as soon as possible.', ['as soon as possible']],
  ])('finds %j', async (text, vague) => {
    const reply = await replyOf(text);
    expect(textsOf(reply, vagueTimes(reply))).toEqual(vague);
  });

  it.each([
    "I'll email you the link as soon as it's ready.",
    'Speak soon.',
    'Get well soon!',
    'See you soon on board.',
  ])('finds none in %j', async (text) => {
    expect(vagueTimes(await replyOf(text))).toEqual([]);
  });
});

describe('vaguePromises', () => {
  it.each([
    ["We'll get back to you soon.", 1],
    ["You'll hear from us shortly.", 1],
    ['I hope you give it another try soon.', 0],
    ['Please reply ASAP so we can hold your seat.', 0],
    ["We'll call you shortly, within the hour.", 0],
    ['The flight is set to depart at 8 pm. We are working to get you there soon.', 0],
    ['It was moved because of staff shortages this week. A new slot will be offered shortly.', 1],
    ['Can you get back to me soon?', 0],
  ])('%j has %i vague promise(s)', async (text, count) => {
    expect(vaguePromises(await replyOf(text))).toHaveLength(count);
  });
});
