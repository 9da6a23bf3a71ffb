import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../src/analysis/nlp.js';
import { Reply } from '../../src/analysis/reply.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { checkReply } from '../../src/engine/run.js';
import { draftsFromText } from '../../src/sources/index.js';

beforeAll(async () => {
  await loadNlp();
});

function reply(text: string): Reply {
  const [draft] = draftsFromText('t.txt', text, { channel: 'email', kind: 'reply' });
  if (!draft) throw new Error('no draft');
  return new Reply(draft);
}

const base = {
  category: 'test',
  severity: 'warning' as const,
  weight: 10,
  description: 'test rule',
  rationale: '',
  examples: { fires: [], passes: [] },
};

/** Reports every occurrence of "refund". */
const refundRule: Rule = defineRule({
  ...base,
  id: 'says-refund',
  message: 'Said "{{match}}" in {{where}}.',
  hint: 'Hint about {{match}}.',
  check(r, context) {
    for (const w of r.words) {
      if (w.norm === 'refund') context.report({ span: w.span, data: { where: 'the draft' } });
    }
  },
});

const crashingRule: Rule = defineRule({
  ...base,
  id: 'crashes',
  message: 'never',
  hint: '',
  check() {
    throw new Error('boom');
  },
});

const active = (rule: Rule) => ({ rule, severity: rule.severity, options: {} });

describe('checkReply', () => {
  it('reports findings with positions, interpolated message and hint', () => {
    const [finding] = checkReply(reply('Hi,\nThe refund is done.'), [active(refundRule)]);
    expect(finding).toMatchObject({
      ruleId: 'says-refund',
      severity: 'warning',
      message: 'Said "refund" in the draft.',
      hint: 'Hint about refund.',
      line: 2,
      column: 5,
      endLine: 2,
      endColumn: 11,
      excerpt: 'refund',
    });
  });

  it('isolates a crashing rule: one internal finding, the other rules still run', () => {
    const findings = checkReply(reply('The refund is done.'), [
      active(crashingRule),
      active(refundRule),
    ]);
    expect(findings.map((f) => [f.ruleId, f.internal ?? false])).toEqual([
      ['crashes', true],
      ['says-refund', false],
    ]);
    expect(findings[0]?.message).toMatch(/crashed.*boom/);
  });

  it('drops findings inside quoted text', () => {
    const findings = checkReply(reply('You asked for a "refund now" and the refund is done.'), [
      active(refundRule),
    ]);
    expect(findings.map((f) => f.column)).toEqual([38]);
  });

  it('sorts by position and drops duplicate reports of one span', () => {
    const twice = defineRule({
      ...refundRule,
      id: 'twice',
      check(r, context) {
        const w = r.words.find((x) => x.norm === 'refund');
        if (w) {
          context.report({ span: w.span });
          context.report({ span: w.span });
        }
      },
    });
    expect(checkReply(reply('A refund.'), [active(twice)])).toHaveLength(1);
  });
});
