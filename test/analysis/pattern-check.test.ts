import { describe, expect, it } from 'vitest';
import { patternProblems } from '../../src/analysis/pattern-check.js';

describe('patternProblems', () => {
  it('flags an alternative hidden by a shorter one that comes first', () => {
    expect(patternProblems('give me (a|a few) minutes')).toEqual([
      '"a few" can never match: "a" comes first in (a|a few)',
    ]);
  });

  it('flags groups nested inside a group', () => {
    expect(patternProblems('(messed up|made (a|an) mistake)')[0]).toMatch(/nested group/);
  });

  it('accepts longest-first alternatives', () => {
    expect(patternProblems('give me (a few|a) minutes')).toEqual([]);
    expect(patternProblems('you (should have|should) #Verb')).toEqual([]);
  });
});

describe('patternProblems and /regex/ terms', () => {
  it('ignores the parentheses of a regex term', () => {
    expect(patternProblems('dear /^(sir|sir.madam)$/ (customer|client)')).toEqual([]);
  });
});
