import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../src/analysis/nlp.js';
import { compilePatterns } from '../../src/analysis/patterns.js';
import { Reply } from '../../src/analysis/reply.js';
import { draftsFromText } from '../../src/sources/index.js';

beforeAll(async () => {
  await loadNlp();
});

describe('compilePatterns', () => {
  it('keeps the words of each required (a|b) block, by the first word of an alternative', () => {
    const { choices } = compilePatterns([
      '(the|our)? (courier|post office) (is|was) (late|#Adjective) (really)',
    ]);
    // The optional block and the block with a #Tag cannot filter; the others can.
    expect(choices[0]).toEqual([['courier', 'post'], ['is', 'was'], ['really']]);
  });
});

describe('Reply.match with required blocks', () => {
  it('still matches in the sentences that hold a word of every block', () => {
    const [draft] = draftsFromText(
      't.txt',
      'The van is here. Sadly the courier was late again. The post office is late too.',
      { channel: 'email', kind: 'reply' },
    );
    const reply = new Reply(draft as never);
    const compiled = compilePatterns(['the (courier|post office) (is|was) late']);
    expect(reply.match(compiled).map((m) => reply.text.slice(m.span.start, m.span.end))).toEqual([
      'the courier was late',
      'The post office is late',
    ]);
  });
});
