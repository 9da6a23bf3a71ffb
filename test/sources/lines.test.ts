import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/sources/lines.js';

describe('LineIndex', () => {
  it('counts lines across LF, CRLF and lone CR endings', () => {
    const text = 'one\ntwo\r\nthree\rfour';
    const index = new LineIndex(text);
    expect(index.locate(text.indexOf('two'))).toEqual({ line: 2, column: 1 });
    expect(index.locate(text.indexOf('three') + 2)).toEqual({ line: 3, column: 3 });
    expect(index.locate(text.indexOf('four'))).toEqual({ line: 4, column: 1 });
    expect(index.lineCount).toBe(4);
  });

  it('counts columns in UTF-16 code units, like editors', () => {
    const text = '😀 sorry';
    expect(new LineIndex(text).locate(text.indexOf('sorry'))).toEqual({ line: 1, column: 4 });
  });
});
