import { describe, expect, it } from 'vitest';
import { getPath, isStr } from '../../src/sources/data.js';
import { decodeJsonString, parseJsonData } from '../../src/sources/json-data.js';
import type { MappedText } from '../../src/sources/mapped.js';
import { sourceText } from '../../src/sources/origin.js';
import { SourceError } from '../../src/sources/source-error.js';
import { parseYamlData } from '../../src/sources/yaml-data.js';

/** Source offset of the first occurrence of `word` in the decoded text. */
function offsetOf(mapped: MappedText, word: string): number {
  return mapped.offsets[mapped.text.indexOf(word)] ?? -1;
}

function mappedAt(text: string, path: string, parse = parseYamlData): MappedText {
  const node = getPath(parse(sourceText(text)), path);
  if (!isStr(node)) throw new Error(`no string at ${path}`);
  return node.mapped();
}

describe('JSON strings', () => {
  it('maps every decoded character to its source, escapes to their backslash', () => {
    const src = '{"a": "Hi\\nDana \\"caf\\u00e9\\" \\ud83d\\ude00 ok"}';
    const m = decodeJsonString(src, 6, src.length - 1);
    expect(m.text).toBe('Hi\nDana "café" 😀 ok');
    expect(m.offsets[2]).toBe(src.indexOf('\\n'));
    expect(offsetOf(m, 'Dana')).toBe(src.indexOf('Dana'));
    expect(offsetOf(m, 'é')).toBe(src.indexOf('\\u00e9'));
    expect(offsetOf(m, 'ok')).toBe(src.indexOf('ok'));
    expect(m.offsets[m.text.length]).toBe(src.length - 2);
  });

  it('gives malformed JSON a line and column', () => {
    const bad = '{\n  "a": 1\n  "b": 2\n}';
    expect(() => parseJsonData(sourceText(bad))).toThrowError(SourceError);
    try {
      parseJsonData(sourceText(bad));
    } catch (e) {
      expect(e).toMatchObject({ message: 'malformed JSON: comma expected', line: 3, column: 3 });
    }
  });

  it('rejects comments and trailing commas (strict JSON)', () => {
    expect(() => parseJsonData(sourceText('{"a": 1,}'))).toThrow(/malformed JSON/);
    expect(() => parseJsonData(sourceText('// x\n{"a": 1}'))).toThrow(/malformed JSON/);
  });
});

describe('YAML scalars', () => {
  it.each([
    [
      'block literal',
      'a: |\n  Hi Dana,\n    indented line\n  Per our policy.\n',
      'Per our policy.',
    ],
    ['block literal, strip', 'a: |-\n  Hi Dana,\n\n  Per our policy.\n', 'Per our policy.'],
    ['block folded', 'a: >\n  Hi Dana,\n  thanks.\n\n  Per our policy.\n', 'Per our policy.'],
    [
      'block with indentation indicator',
      'a: |2\n   2 spaces kept\n  Per our policy.\n',
      'Per our policy.',
    ],
    ['plain, multi-line', 'a: Hi Dana, thanks\n  and Per our policy.\n', 'Per our policy.'],
    ['single-quoted', "a: 'It''s Dana; Per our policy.'\n", 'Per our policy.'],
    [
      'double-quoted with escapes',
      'a: "Hi\\tDana \\"x\\" caf\\u00e9\\n Per our policy."\n',
      'Per our policy.',
    ],
    ['double-quoted, folded', 'a: "Hi Dana,\n  Per our policy."\n', 'Per our policy.'],
    [
      'double-quoted, escaped line break',
      'a: "Hi Dana, \\\n  Per our policy."\n',
      'Per our policy.',
    ],
    [
      'block literal, CRLF line endings',
      'a: |\r\n  Hi Dana,\r\n  Per our policy.\r\n',
      'Per our policy.',
    ],
    [
      'block folded, CRLF line endings',
      'a: >\r\n  Hi Dana,\r\n  thanks.\r\n\r\n  Per our policy.\r\n',
      'Per our policy.',
    ],
  ])('%s: words map to where they are written', (_name, src, word) => {
    const m = mappedAt(src, 'a');
    expect(m.text).toContain(word);
    expect(offsetOf(m, word)).toBe(src.indexOf(word));
    expect(offsetOf(m, 'Hi') === -1 || offsetOf(m, 'Hi') === src.indexOf('Hi')).toBe(true);
    for (let i = 0; i < m.text.length; i++) {
      const c = m.text[i] as string;
      if (/[A-Za-z]/.test(c)) expect(src[m.offsets[i] as number], `char ${i}`).toBe(c);
    }
  });

  it('maps a double-quoted escape to its backslash', () => {
    const src = 'a: "caf\\u00e9 ok"\n';
    const m = mappedAt(src, 'a');
    expect(offsetOf(m, 'é')).toBe(src.indexOf('\\u00e9'));
  });

  it('turns several documents into a list, and errors into a line and column', () => {
    const root = parseYamlData(sourceText('reply: one\n---\nreply: two\n'));
    expect(root.kind).toBe('seq');
    try {
      parseYamlData(sourceText('a: 1\nb: [1, 2\nc: 3\n'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SourceError);
      expect((e as SourceError).message).toMatch(/^malformed YAML: /);
      expect((e as SourceError).line).toBeGreaterThan(1);
    }
    expect(() => parseYamlData(sourceText('a: 1\na: 2\n'))).toThrow(/malformed YAML: .*unique/);
  });

  it('reads JSON through the YAML parser too (one file per macro as .yaml)', () => {
    const m = mappedAt('{"a": "Hi\\nPer our policy."}', 'a');
    expect(m.text).toBe('Hi\nPer our policy.');
  });
});
