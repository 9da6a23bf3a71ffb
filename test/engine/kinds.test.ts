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
      description: 'Found "…".',
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
