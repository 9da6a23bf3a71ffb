import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { DataNode } from './data.js';
import { MappedBuilder, type MappedText } from './mapped.js';
import type { SourceText } from './origin.js';
import { SourceError } from './source-error.js';

/** Parses strict JSON into a DataNode tree; a syntax error names its line and column. */
export function parseJsonData(source: SourceText): DataNode {
  const errors: ParseError[] = [];
  const root = parseTree(source.text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (first || !root) {
    const offset = first?.offset ?? 0;
    const { line, column } = source.lines.locate(offset);
    const what = first ? describe(printParseErrorCode(first.error)) : 'empty file';
    throw new SourceError(`malformed JSON: ${what}`, line, column);
  }
  return toData(root, source.text);
}

/** "CommaExpected" → "comma expected". */
function describe(code: string): string {
  return code
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace('eof', 'end of file');
}

function toData(node: Node, text: string): DataNode {
  switch (node.type) {
    case 'object':
      return {
        kind: 'map',
        offset: node.offset,
        entries: (node.children ?? []).flatMap((property) => {
          const [key, value] = property.children ?? [];
          return key && value
            ? [[String(key.value), toData(value, text)] as [string, DataNode]]
            : [];
        }),
      };
    case 'array':
      return {
        kind: 'seq',
        offset: node.offset,
        items: (node.children ?? []).map((child) => toData(child, text)),
      };
    case 'string': {
      let cache: MappedText | undefined;
      return {
        kind: 'str',
        offset: node.offset,
        value: String(node.value),
        mapped: () => {
          cache ??= decodeJsonString(text, node.offset, node.offset + node.length);
          return cache;
        },
      };
    }
    default:
      return {
        kind: 'value',
        offset: node.offset,
        value: (node.value ?? null) as number | boolean | null,
      };
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '"': '"',
  '\\': '\\',
  '/': '/',
};

/**
 * Decodes the JSON string literal at [start, end) (quotes included), keeping
 * the source offset of every character: "\n" and "\u00e9" map to their backslash.
 */
export function decodeJsonString(text: string, start: number, end: number): MappedText {
  const out = new MappedBuilder();
  let i = start + 1;
  const stop = end - 1;
  while (i < stop) {
    const c = text[i] as string;
    if (c !== '\\') {
      // Copy a run of plain characters at once.
      let j = i + 1;
      while (j < stop && text[j] !== '\\') j++;
      out.copy(text.slice(i, j), i);
      i = j;
      continue;
    }
    const e = text[i + 1] ?? '';
    if (e === 'u') {
      out.decoded(String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16)), i);
      i += 6;
    } else {
      out.decoded(SIMPLE_ESCAPES[e] ?? e, i);
      i += 2;
    }
  }
  return out.finish(stop);
}
