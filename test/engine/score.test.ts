import { describe, expect, it } from 'vitest';
import { bandOf, scoreOf } from '../../src/engine/score.js';
import type { Finding, Severity } from '../../src/types.js';

function finding(ruleId: string, severity: Severity, internal = false): Finding {
  return {
    ruleId,
    severity,
    message: '',
    hint: '',
    span: { start: 0, end: 0 },
    excerpt: '',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    ...(internal && { internal }),
  };
}

const weights: Record<string, number> = { a: 20, b: 10 };
const weightOf = (id: string) => weights[id] ?? 0;

describe('scoreOf', () => {
  it('starts at 100 and takes off weight × severity factor', () => {
    expect(scoreOf([], weightOf)).toBe(100);
    expect(scoreOf([finding('a', 'error')], weightOf)).toBe(80);
    expect(scoreOf([finding('a', 'warning')], weightOf)).toBe(90);
    expect(scoreOf([finding('a', 'info')], weightOf)).toBe(96);
  });

  it('counts at most two findings per rule and never goes below 0', () => {
    const many = Array.from({ length: 5 }, () => finding('a', 'error'));
    expect(scoreOf(many, weightOf)).toBe(60);
    const worst = [...many, ...['c', 'd', 'e', 'f'].map((id) => finding(id, 'error'))];
    expect(scoreOf(worst, (id) => (id === 'a' ? 20 : 30))).toBe(0);
  });

  it('ignores internal errors', () => {
    expect(scoreOf([finding('a', 'error', true)], weightOf)).toBe(100);
  });
});

describe('bandOf', () => {
  it('maps scores to bands', () => {
    expect([100, 85, 84, 60, 59, 0].map(bandOf)).toEqual([
      'ready to send',
      'ready to send',
      'review',
      'review',
      'rewrite',
      'rewrite',
    ]);
  });
});
