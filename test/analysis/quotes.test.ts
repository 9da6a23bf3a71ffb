import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../src/analysis/quotes.js';

const quoted = (text: string) => findQuotedSpans(text).map((s) => text.slice(s.start, s.end));

describe('findQuotedSpans', () => {
  it('finds straight, curly and guillemet quotes and > lines', () => {
    expect(quoted('You said "calm down" twice.')).toEqual(['"calm down"']);
    expect(quoted('You wrote “this is useless” yesterday.')).toEqual(['“this is useless”']);
    expect(quoted('> You never listen\nI hear you.')).toEqual(['> You never listen']);
  });

  it('does not take apostrophes for quotes', () => {
    expect(quoted("We can't do that, but it's fixed.")).toEqual([]);
    expect(quoted('Press ‘Save’ and we’re done.')).toEqual(['‘Save’']);
  });

  it('does not pair quotes across paragraphs', () => {
    expect(quoted('He said "hi.\n\nThen" left.')).toEqual([]);
  });
});
