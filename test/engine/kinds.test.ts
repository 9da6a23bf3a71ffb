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

describe('kind: pattern, /regex/ terms', () => {
  it('runs them with RE2: a catastrophic-backtracking regex still answers at once', async () => {
    const rule = ruleFromDefinition({ ...base, kind: 'pattern', patterns: ['/^(a+)+$/ b'] });
    const long = `${'a'.repeat(5000)}c`;
    expect(await findingsOf(rule, `Say ${long} b.`)).toEqual([]);
    expect((await findingsOf(rule, 'Say aaa b.')).map((f) => f.excerpt)).toEqual(['aaa b']);
  });

  it('matches regex terms inside (a|b) choices', async () => {
    const rule = ruleFromDefinition({
      ...base,
      kind: 'pattern',
      patterns: ['(/^l[1-3]$/|tier) team'],
    });
    expect((await findingsOf(rule, 'Our L2 team will call.')).map((f) => f.excerpt)).toEqual([
      'L2 team',
    ]);
  });

  it.each([
    ['/(?<=re)fund/', /lookbehind|invalid/],
    ['/(a)\\1/', /invalid escape/],
  ])('rejects %s, which RE2 cannot run, with the pattern path', (pattern, reason) => {
    try {
      ruleFromDefinition({ ...base, kind: 'pattern', patterns: ['ok', pattern] });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(reason);
      expect((error as Error).message).toMatch(/linear time with RE2/);
      expect((error as RuleDefinitionError).path).toEqual(['patterns', 1]);
    }
  });
});

describe('kind: substitute', () => {
  const rule = ruleFromDefinition({
    ...base,
    message: 'Say "{{replacement}}", not "{{match}}".',
    kind: 'substitute',
    fixable: true,
    replace: {
      ticket: 'request',
      'ticket number': 'reference number',
      agent: ['advisor', 'specialist'],
    },
    unless: ['train ticket'],
  });

  it('suggests the replacement in the matched case, the longest phrase winning', async () => {
    const findings = await findingsOf(rule, 'Your Ticket number is 4. Our TICKET system, ticket.');
    expect(
      findings.map((f) => [f.excerpt, f.message, f.suggestions?.map((s) => s.text), f.fix?.text]),
    ).toEqual([
      [
        'Ticket number',
        'Say "Reference number", not "Ticket number".',
        ['Reference number'],
        'Reference number',
      ],
      ['TICKET', 'Say "REQUEST", not "TICKET".', ['REQUEST'], 'REQUEST'],
      ['ticket', 'Say "request", not "ticket".', ['request'], 'request'],
    ]);
  });

  it('offers every replacement, and fixes only when there is one', async () => {
    const [finding] = await findingsOf(rule, 'An agent will call.');
    expect(finding?.suggestions).toEqual([{ text: 'advisor' }, { text: 'specialist' }]);
    expect(finding?.message).toBe('Say "advisor" or "specialist", not "agent".');
    expect(finding?.fix).toBeUndefined();
  });

  it('skips matches an unless phrase overlaps; no fix unless fixable', async () => {
    expect(await findingsOf(rule, 'Your train ticket is refunded.')).toEqual([]);
    const plain = ruleFromDefinition({
      ...base,
      kind: 'substitute',
      replace: { ticket: 'request' },
    });
    const [finding] = await findingsOf(plain, 'Your ticket.');
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions).toEqual([{ text: 'request' }]);
  });

  it.each([
    [{ replace: ['ticket'] }, ['replace']],
    [{ replace: {} }, ['replace']],
    [{ replace: { ticket: '' } }, ['replace', 'ticket']],
    [{ replace: { ticket: [] } }, ['replace', 'ticket']],
  ])('rejects replace %j', (def, path) => {
    expect(() => ruleFromDefinition({ ...base, kind: 'substitute', ...def })).toThrow(
      RuleDefinitionError,
    );
    try {
      ruleFromDefinition({ ...base, kind: 'substitute', ...def });
    } catch (error) {
      expect((error as RuleDefinitionError).path).toEqual(path);
    }
  });
});

describe('kind: requires-move', () => {
  const rule = ruleFromDefinition({
    ...base,
    kind: 'requires-move',
    move: 'uses-name',
    channels: ['email'],
  });

  it('fires once, at the greeting, when the move is missing', async () => {
    const findings = await findingsOf(rule, 'Hello there,\nYour refund is on its way. Thanks!');
    expect(findings.map((f) => [f.line, f.column, f.excerpt])).toEqual([[1, 1, 'Hello']]);
    expect(await findingsOf(rule, 'Your refund is on its way.')).toHaveLength(1);
  });

  it('passes when the move is made, or on another channel', async () => {
    expect(await findingsOf(rule, 'Hi Dana, your refund is on its way.')).toEqual([]);
    expect(await findingsOf(rule, { text: 'Your refund is on its way.', channel: 'chat' })).toEqual(
      [],
    );
  });

  it('rejects an unknown move with the closest one, and an unknown channel', () => {
    expect(() => ruleFromDefinition({ ...base, kind: 'requires-move', move: 'use-name' })).toThrow(
      /unknown move "use-name" \(did you mean "uses-name"\?\)/,
    );
    expect(() =>
      ruleFromDefinition({ ...base, kind: 'requires-move', move: 'uses-name', channels: ['fax'] }),
    ).toThrow(/"channels\[0\]" must be one of email, chat, social, sms/);
  });
});

describe('kind: metric', () => {
  const metric = (def: Record<string, unknown>) =>
    ruleFromDefinition({
      ...base,
      message: '{{value}} (max {{max}}, min {{min}})',
      kind: 'metric',
      ...def,
    });

  it('words: past max, the finding covers the surplus words', async () => {
    const [finding, ...rest] = await findingsOf(
      metric({ metric: 'words', max: 5 }),
      "We can't refund it, sorry about that.",
    );
    expect(rest).toEqual([]);
    // "can't" is one word as written: 7 words, the last two past the limit.
    expect(finding).toMatchObject({ excerpt: 'about that', message: '7 (max 5, min )' });
  });

  it('words: under min, the finding covers the reply; quoted text does not count', async () => {
    const rule = metric({ metric: 'words', min: 4 });
    expect((await findingsOf(rule, 'Done, thanks.')).map((f) => f.excerpt)).toEqual([
      'Done, thanks',
    ]);
    expect(await findingsOf(rule, 'It is done now, thanks.')).toEqual([]);
  });

  it('sentence-words and sentences', async () => {
    const perSentence = metric({ metric: 'sentence-words', max: 4 });
    const findings = await findingsOf(
      perSentence,
      'Short one here. This sentence has far too many words.',
    );
    expect(findings.map((f) => f.excerpt)).toEqual(['This sentence has far too many words.']);
    const sentences = metric({ metric: 'sentences', max: 2 });
    expect(
      (await findingsOf(sentences, 'One. Two. Three. Four.')).map((f) => [f.excerpt, f.message]),
    ).toEqual([['Three. Four.', '4 (max 2, min )']]);
  });

  it('caps-ratio: per sentence of three or more words, acronyms in moderation pass', async () => {
    const rule = metric({ metric: 'caps-ratio', max: 0.5 });
    expect(
      (await findingsOf(rule, 'WE CANNOT DO THAT today. Your SMS code is sent. OK.')).map((f) => [
        f.excerpt,
        f.message,
      ]),
    ).toEqual([['WE CANNOT DO THAT today.', '0.80 (max 0.50, min )']]);
  });

  it('exclamations and characters', async () => {
    const bangs = metric({ metric: 'exclamations', max: 1 });
    expect((await findingsOf(bangs, 'Great! Done! Bye!')).map((f) => f.excerpt)).toEqual([
      '! Bye!',
    ]);
    const chars = metric({ metric: 'characters', max: 10 });
    // "Hello there, Dana" is 17 characters: past the 10th.
    expect((await findingsOf(chars, 'Hello there, Dana.')).map((f) => f.excerpt)).toEqual([
      'e, Dana',
    ]);
  });

  it('takes max and min from config options', async () => {
    const rule = metric({ metric: 'words', max: 5 });
    expect(rule.options).toEqual({ max: 5 });
    expect(
      await findingsOf(rule, { text: 'One two three four five six.', options: { max: 10 } }),
    ).toEqual([]);
  });

  it.each([
    [{ metric: 'wordz', max: 1 }, /unknown metric "wordz" \(did you mean "words"\?\)/],
    [{ metric: 'words' }, /needs "max", "min" or both/],
    [{ metric: 'words', max: -1 }, /"max" must be a number, 0 or more/],
    [{ metric: 'caps-ratio', max: 30 }, /ratio from 0 to 1/],
    [{ metric: 'words', max: 3, min: 5 }, /"min" must not be greater than "max"/],
  ])('rejects %j', (def, message) => {
    expect(() => metric(def)).toThrow(message);
  });
});

describe('examples in rule definitions', () => {
  it.each([
    [
      { fires: [{ txt: 'x' }] },
      /unknown key "txt" in "examples.fires\[0\]"/,
      ['examples', 'fires', 0, 'txt'],
    ],
    [
      { fires: [{ text: 'x', channel: 'fax' }] },
      /channel" must be one of/,
      ['examples', 'fires', 0, 'channel'],
    ],
    [
      { fires: [{ text: 'x', findings: [{ match: 'x', column: 0 }] }] },
      /"examples.fires\[0\].findings\[0\].column" must be a whole number/,
      ['examples', 'fires', 0, 'findings', 0, 'column'],
    ],
    [
      { passes: [{ text: 'x', findings: [{ suggestion: ['y'] }] }] },
      /unknown key "suggestion"/,
      ['examples', 'passes', 0, 'findings', 0, 'suggestion'],
    ],
  ])('rejects %j with a key path', (examples, message, path) => {
    try {
      ruleFromDefinition({ ...base, kind: 'phrases', phrases: ['x'], examples });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(message);
      expect((error as RuleDefinitionError).path).toEqual(path);
    }
  });
});

describe('pattern spans across contractions', () => {
  it("starts at the contraction's first word, not at the start of the text", async () => {
    const rule = ruleFromDefinition({
      id: 'against',
      message: 'x',
      kind: 'pattern',
      patterns: ['it is against our policy'],
    });
    const [finding] = await findingsOf(rule, "Hello there. It's against our policy.");
    expect(finding).toMatchObject({ excerpt: "It's against our policy", column: 14 });
  });
});

describe('kind: requires-move, for the missing-move rules', () => {
  const rule = ruleFromDefinition({
    ...base,
    message: 'No thanks before "{{lead}}" about {{topic}}.',
    kind: 'requires-move',
    move: 'thanks',
    at: 'start',
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
      kind: 'requires-move',
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
    [{ ...base, kind: 'requires-move' }, /"move" is required/, ['move']],
    [
      { ...base, kind: 'requires-move', move: 'thank' },
      /unknown move "thank" \(did you mean "thanks"\?\)/,
      ['move'],
    ],
    [
      { ...base, kind: 'requires-move', move: ['thanks', 'hugs'] },
      /unknown move "hugs"/,
      ['move', 1],
    ],
    [
      { ...base, kind: 'requires-move', move: 'thanks', when: 'sometimes' },
      /"when" must be one of/,
      ['when'],
    ],
    [
      { ...base, kind: 'requires-move', move: 'thanks', at: 'middle' },
      /"at" must be one of greeting, start, end/,
      ['at'],
    ],
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

describe('patterns compromise could never match', () => {
  it.each([
    ['give me (a|a few) minutes', /"a few" can never match/],
    ['(messed up|made (a|an) mistake)', /nested group/],
  ])('refuses %j when the rule loads', (pattern, message) => {
    try {
      ruleFromDefinition({ ...base, kind: 'pattern', patterns: ['fine', pattern] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleDefinitionError);
      expect((error as Error).message).toMatch(message);
      expect((error as RuleDefinitionError).path).toEqual(['patterns', 1]);
    }
  });
});
