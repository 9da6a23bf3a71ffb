import { describe, expect, it } from 'vitest';
import { acknowledgement } from '../../src/analysis/acknowledgement.js';
import { closingSpan, openingSpan } from '../../src/analysis/anchors.js';
import { strengthsOf } from '../../src/analysis/moves.js';
import { privateDetails } from '../../src/analysis/private-details.js';
import { replyOf } from '../helpers/reply.js';

const OVEN =
  'My oven was meant to arrive on Monday and it came three days late with a cracked door.';

describe('acknowledgement with the customer message', () => {
  it('finds the customer’s words, by lemma and synonym', async () => {
    const ack = acknowledgement(
      await replyOf("I'm sorry the delivery was late and the door is damaged.", { context: OVEN }),
    );
    expect(ack).toMatchObject({ basis: 'context', judged: true });
    expect(ack.shared).toEqual(expect.arrayContaining(['late', 'door']));
  });

  it('does not count "I understand" alone', async () => {
    const ack = acknowledgement(
      await replyOf('I understand. Your refund has been processed.', { context: OVEN }),
    );
    expect(ack.spans).toEqual([]);
  });

  it('does not judge a message with nothing to restate', async () => {
    expect(
      acknowledgement(await replyOf('Thanks, all fixed now.', { context: 'I just did.' })).judged,
    ).toBe(false);
  });
});

describe('acknowledgement from the draft alone', () => {
  it.each([
    ['I understand how frustrating this is.', true],
    ['Sorry to hear your parcel is late.', true],
    ['Thanks for flagging the broken link.', true],
    ["We didn't get this right.", true],
    ['We apologize for any inconvenience.', false],
    ['Your refund has been processed.', false],
  ])('%j → %s', async (text, found) => {
    expect(acknowledgement(await replyOf(text)).spans.length > 0).toBe(found);
  });
});

describe('anchors', () => {
  it('skip greetings, handles and names, and courtesy closers', async () => {
    const reply = await replyOf('@dana_w Hello, Chris. Let us look into this. Thanks! ^AB');
    const text = (s: { start: number; end: number }) => reply.text.slice(s.start, s.end);
    expect(text(openingSpan(reply))).toBe('Let us look into this.');
    expect(text(closingSpan(reply))).toBe('Let us look into this.');
  });
});

describe('strengths', () => {
  it('lists the moves a good reply makes, in catalogue order', async () => {
    const reply = await replyOf(
      "Hi Dana,\n\nThanks for telling us, and I'm so sorry your oven arrived late. That was our mistake. " +
        "I've arranged a replacement that arrives by 5 pm on Thursday. Would you like a refund of the delivery fee too?",
      { context: OVEN, name: 'Dana' },
    );
    expect(strengthsOf(reply)).toEqual([
      'uses-name',
      'thanks',
      'acknowledges',
      'apologizes',
      'takes-ownership',
      'next-step',
      'concrete-time',
      'offers-options',
    ]);
  });

  it('never lists the hidden moves', async () => {
    const reply = await replyOf("I'm sorry for your frustration. That's our mistake.");
    expect(strengthsOf(reply)).not.toContain('feelings-apology');
    expect(strengthsOf(reply)).not.toContain('admits-fault');
  });
});

describe('privateDetails', () => {
  it.each([
    ['@a Can you reply with your order number?', ['asks:order number']],
    ['@a Can you DM us your order number?', []],
    ['@a Without giving account details, tell us more.', []],
    ['@a Your order #4418812 shipped today.', ['reveals:order number']],
    ['@a Call us on 0344 556 5650 from 8 am.', []],
    ['@a We will call your mobile on 07700 900123.', ['reveals:phone number']],
    ['@a Email us at help@example.com.', []],
    ['@a We sent it to dana@example.com.', ['reveals:email address']],
  ])('%j', async (text, found) => {
    const details = privateDetails(await replyOf(text, { channel: 'social' }));
    expect(details.map((d) => `${d.kind}:${d.detail}`)).toEqual(found);
  });
});
