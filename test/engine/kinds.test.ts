import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../src/analysis/nlp.js';
import { RuleDefinitionError, ruleFromDefinition } from '../../src/engine/kinds/index.js';
import { findingsOf } from '../../src/testing/examples.js';

beforeAll(async () => {
  await loadNlp();
});

const base = { id: 'my-rule', message: 'Found "{{match}}".' };

describe('rule definitions', () => {
  it('fills documented defaults', () => {
    const rule = ruleFromDefinition({ ...base, kind: 'phrases', phrases: ['ticket'] });
    expect(rule).toMatchObject({
      severity: 'warning',
      weight: 8,
      category: 'custom',
      description: 'Found "{{match}}".',
    });
  });

  it.each([
    [{ ...base }, /"kind" is required/, ['kind']],
    [{ ...base, kind: 'regex' }, /unknown kind "regex"/, ['kind']],
    [{ ...base, kind: 'phrases' }, /"phrases" is required/, ['phrases']],
    [
      { ...base, kind: 'phrases', phrases: ['a'], severity: 'fatal' },
      /severity must be one of/,
      ['severity'],
    ],
    [
      { ...base, kind: 'phrases', phrases: ['a'], colour: 'red' },
      /unknown key "colour"/,
      ['colour'],
    ],
    [{ ...base, id: 'Bad Id', kind: 'phrases', phrases: ['a'] }, /kebab-case/, ['id']],
    [{ ...base, kind: 'phrases', phrases: ['a', 3] }, /"phrases\[1\]"/, ['phrases', 1]],
  ])('rejects %j with a message and key path', (def, message, path) => {
    try {
      ruleFromDefinition(def);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleDefinitionError);
      expect((error as Error).message).toMatch(message);
      expect((error as RuleDefinitionError).path).toEqual(path);
    }
  });
});

describe('kind: phrases', () => {
  const rule = ruleFromDefinition({
    ...base,
    kind: 'phrases',
    phrases: ['we cannot refund', 'ticket'],
    unless: ['ticket number'],
  });

  it('matches on words, across contractions and case', async () => {
    expect((await findingsOf(rule, "Sorry, we can't refund it.")).map((f) => f.excerpt)).toEqual([
      "we can't refund",
    ]);
    expect((await findingsOf(rule, 'WE CANNOT REFUND it.')).map((f) => f.excerpt)).toEqual([
      'WE CANNOT REFUND',
    ]);
    expect((await findingsOf(rule, 'Your Ticket is open.')).map((f) => f.message)).toEqual([
      'Found "Ticket".',
    ]);
  });

  it('skips a match an unless phrase overlaps', async () => {
    expect(await findingsOf(rule, 'Your ticket number is 42.')).toEqual([]);
  });

  it('does not match inside other words', async () => {
    expect(await findingsOf(rule, 'Tickets and ticketing are fine.')).toEqual([]);
  });
});

describe('kind: pattern', () => {
  const rule = ruleFromDefinition({
    ...base,
    kind: 'pattern',
    patterns: ['(you|u) should have #PastTense'],
    unless: ['you should have received'],
  });

  it('matches tags, with the span starting at the first word', async () => {
    const [finding] = await findingsOf(rule, 'Well, you should have checked.');
    expect(finding).toMatchObject({ excerpt: 'you should have checked', column: 7 });
  });

  it('skips a match an unless pattern overlaps', async () => {
    expect(await findingsOf(rule, 'You should have received it.')).toEqual([]);
  });
});

describe('kind: move', () => {
  const rule = ruleFromDefinition({
    ...base,
    message: 'No thanks before "{{lead}}" about {{topic}}.',
    kind: 'move',
    move: 'thanks',
    suggestion: 'Thanks for telling us about {{topic}}. {{match}}',
  });

  it('fires once at the first sentence of content when the move is missing', async () => {
    const findings = await findingsOf(rule, 'Hi Dana,\n\nYour refund has been processed today.');
    expect(findings.map((f) => f.excerpt)).toEqual(['Your refund has been processed today.']);
    expect(findings[0]?.message).toBe(
      'No thanks before "Your refund has been processed today." about this.',
    );
    expect(findings[0]?.suggestions).toEqual([
      { text: 'Thanks for telling us about this. Your refund has been processed today.' },
    ]);
  });

  it('stays quiet when the move is made, or on a fragment', async () => {
    expect(await findingsOf(rule, 'Thanks! Your refund has been processed.')).toEqual([]);
    expect(await findingsOf(rule, '@dana Your refund has been processed 1/2')).toEqual([]);
    expect(await findingsOf(rule, { text: 'let me check that', channel: 'chat' })).toEqual([]);
  });

  it('applies only when the situation calls for the move', async () => {
    const empathy = ruleFromDefinition({
      ...base,
      kind: 'move',
      move: ['apologizes', 'empathizes'],
      when: 'upset',
    });
    const neutral = {
      text: 'You can change it under Settings.',
      context: 'Where do I change my password?',
    };
    const angry = {
      text: 'You can change it under Settings.',
      context: 'I have asked THREE TIMES!!! Fix it.',
    };
    expect(await findingsOf(empathy, neutral)).toEqual([]);
    expect(await findingsOf(empathy, angry)).toHaveLength(1);
  });

  it.each([
    [{ ...base, kind: 'move' }, /"move" is required/, ['move']],
    [
      { ...base, kind: 'move', move: 'thank' },
      /unknown move "thank" \(did you mean "thanks"\?\)/,
      ['move'],
    ],
    [{ ...base, kind: 'move', move: ['thanks', 'hugs'] }, /unknown move "hugs"/, ['move', 1]],
    [
      { ...base, kind: 'move', move: 'thanks', when: 'sometimes' },
      /"when" must be one of/,
      ['when'],
    ],
    [{ ...base, kind: 'move', move: 'thanks', at: 'middle' }, /"at" must be start or end/, ['at']],
  ])('rejects %j', (def, message, path) => {
    try {
      ruleFromDefinition(def);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleDefinitionError);
      expect((error as Error).message).toMatch(message);
      expect((error as RuleDefinitionError).path).toEqual(path);
    }
  });
});
