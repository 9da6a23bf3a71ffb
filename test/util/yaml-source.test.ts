import { describe, expect, it } from 'vitest';
import { commentTraps, parseYamlSource, positionOf } from '../../src/util/yaml-source.js';

const source = parseYamlSource(
  [
    'id: x',
    'patterns:',
    '  - you should have #PastTense',
    '  - "you failed to #Verb"',
    '  - you forgot to # a comment, meant as one',
    'replace:',
    '  ticket: request #Noun',
    'message: We are #1',
    '',
  ].join('\n'),
);

describe('commentTraps', () => {
  it('finds " #Word" after plain scalars under the given keys, in lists and mappings', () => {
    expect(commentTraps(source, ['patterns', 'replace'])).toEqual([
      {
        path: ['patterns', 0],
        value: 'you should have',
        comment: '#PastTense',
        position: { line: 3, column: 5 },
      },
      {
        path: ['replace', 'ticket'],
        value: 'request',
        comment: '#Noun',
        position: { line: 7, column: 11 },
      },
    ]);
  });
});

describe('positionOf', () => {
  it('points at keys, list items, or the nearest ancestor of a missing key', () => {
    expect(positionOf(source, ['replace'])).toEqual({ line: 6, column: 1 });
    expect(positionOf(source, ['patterns', 1])).toEqual({ line: 4, column: 5 });
    expect(positionOf(source, ['replace', 'ticket'])).toEqual({ line: 7, column: 3 });
    expect(positionOf(source, ['phrases'])).toEqual({ line: 1, column: 1 });
  });
});
