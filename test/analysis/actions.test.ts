import { describe, expect, it } from 'vitest';
import {
  type Action,
  ALTERNATIVE,
  actions,
  alternatives,
  NEXT_STEP,
  nextSteps,
  OPTION,
  ownership,
  someAction,
} from '../../src/analysis/actions.js';
import { hasMove, MOVES, moveSpans } from '../../src/analysis/moves.js';
import { refusals } from '../../src/analysis/refusals.js';
import { isPartOfThread } from '../../src/analysis/thread.js';
import { sampleTexts } from '../helpers/built-in-patterns.js';
import { replyOf, taggerRuns, textsOf } from '../helpers/reply.js';

describe('refusals', () => {
  it.each([
    ["We can't refund this order.", ["can't refund"]],
    ['We cannot accept the return.', ['cannot accept']],
    ["I'm afraid not, the taxi only goes to the station.", ["I'm afraid not"]],
    ['We would not be able to verify anything.', ['would not be able to verify']],
    ["We don't track travel funds.", ["don't track"]],
    ['Sale items cannot be refunded.', ['cannot be refunded']],
    ['This item is not eligible for a return.', ['is not eligible']],
    ["If we can't fix it, we'll replace it.", []],
    ["I can't thank you enough!", []],
    ["You can't miss the desk, it's by the door.", []],
    ['Just see this page if the seller can’t help.', []],
    ['Can we not just resend it?', []],
  ])('%j', async (text, found) => {
    const reply = await replyOf(text);
    expect(textsOf(reply, refusals(reply))).toEqual(found);
  });
});

describe('next steps', () => {
  it.each([
    ["I've refunded the delivery fee.", 'done'],
    ['The courier will call you at noon.', 'promised'],
    ['Our engineers are working on it.', 'ongoing'],
    // Two patterns once written as one with nested groups, which compromise cannot match.
    ['Your replacement is on its way.', 'ongoing'],
    ['The refund is being processed.', 'ongoing'],
    ['Please DM us your order number.', 'instruction'],
    ['Unplug the router for two minutes.', 'instruction'],
    ['Kindly check your mailbox.', 'instruction'],
    ['Are you seeing an error code?', 'question'],
    ['Would you like a refund or a replacement?', 'options'],
    ['I can send a new one today.', 'offer'],
  ])('%j is a %s step', async (text, kind) => {
    expect((await nextSteps(await replyOf(text))).map((a) => a.kind)).toContain(kind);
  });

  it.each([
    'We have noted your complaint.',
    'If you need additional help please let us know.',
    'Is there anything else I can help you with?',
    'We are a tweet away if you need us.',
    'I will be glad to assist you.',
    'Returns are only possible within 14 days.',
    'We appreciate your patience.',
  ])('finds none in %j', async (text) => {
    expect(nextSteps(await replyOf(text))).toEqual([]);
  });
});

describe('alternatives', () => {
  it('do not count a closing question', async () => {
    const reply = await replyOf(
      'We cannot accept the return. Is there anything else I can help with?',
    );
    expect(alternatives(reply)).toEqual([]);
  });

  it('count an instruction, an offer or a promise', async () => {
    for (const text of [
      "We can't access it here. Please reach us at the link.",
      "We can't refund it, but I can offer store credit.",
      "We can't change it here; someone from billing will call you today.",
    ]) {
      expect(alternatives(await replyOf(text)).length).toBeGreaterThan(0);
    }
  });
});

describe('someAction: the actions list, asked cheapest first', () => {
  const ACCEPTS: Array<(a: Action) => boolean> = [
    () => true,
    (a) => a.sentence >= 1,
    (a) => a.sentence % 2 === 1,
  ];

  it('answers as the list does, on the fixtures and 120 bench drafts', async () => {
    for (const text of sampleTexts()) {
      // Asked first of a reply nothing else has analysed: the cheap tiers decide alone.
      const asked = await replyOf(text);
      const listed = actions(await replyOf(text));
      for (const kinds of [NEXT_STEP, ALTERNATIVE, OPTION]) {
        for (const accept of ACCEPTS) {
          const expected = listed.some((a) => kinds(a.kind) && accept(a));
          expect(someAction(asked, kinds, accept), text).toBe(expected);
        }
      }
    }
  }, 120_000);

  it('makes hasMove agree with the spans of every move, on the fixtures and 120 bench drafts', async () => {
    for (const text of sampleTexts()) {
      const asked = await replyOf(text);
      const spanned = await replyOf(text);
      for (const move of MOVES) {
        expect(hasMove(asked, move.id), `${move.id}: ${text}`).toBe(
          moveSpans(spanned, move.id).length > 0,
        );
      }
    }
  }, 60_000);

  it('tags no sentence when the words show a next step', async () => {
    const reply = await replyOf('Please DM us your order number. Our team will call you today.');
    expect(taggerRuns(() => expect(someAction(reply, NEXT_STEP)).toBe(true))).toBe(0);
  });

  it('tags the sentences only grammar can settle', async () => {
    const reply = await replyOf('Thanks for waiting. Our team will call you today.');
    expect(taggerRuns(() => expect(someAction(reply, NEXT_STEP)).toBe(true))).toBe(1);
  });
});

describe('ownership', () => {
  it.each([
    ["That's our mistake, and I've fixed it.", 1],
    ['That is on us.', 1],
    ["We didn't get this right.", 1],
    ["I'll make sure it ships today.", 1],
    ['Leave it with me.', 1],
    ['The courier made a mistake.', 0],
  ])('%j', async (text, count) => {
    expect(ownership(await replyOf(text))).toHaveLength(count);
  });
});

describe('isPartOfThread', () => {
  it.each([
    ['@1 We emailed you 1/2', true],
    ['@1 1/3 Thanks Ange. I have asked the team.', true],
    ['Kind regards - Kirsten 2/2', true],
    ['We have to be fair to all guests. >>>', true],
    ["I'm very sorry to hear that. Please l... https://t.co/abc", true],
    ['Open 24/7, call us any time.', false],
    ['Your refund is on its way.', false],
    ['Hoping to see you soon...', false],
  ])('%j → %s', (text, part) => {
    expect(isPartOfThread(text)).toBe(part);
  });
});
