import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  type Scalar,
} from 'yaml';
import type { DataNode } from './data.js';
import { MappedBuilder, type MappedText } from './mapped.js';
import type { SourceText } from './origin.js';
import { SourceError } from './source-error.js';

/**
 * Parses YAML (no custom tags) into a DataNode tree. Several documents in one
 * file ("---") become a list. A syntax error names its line and column.
 */
export function parseYamlData(source: SourceText): DataNode {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(source.text, {
    lineCounter,
    customTags: [],
    uniqueKeys: true,
    prettyErrors: false,
  });
  const list = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) {
      const { line, column } = source.lines.locate(error.pos[0]);
      throw new SourceError(`malformed YAML: ${firstSentence(error.message)}`, line, column);
    }
  }
  const roots = list.map((doc) => toData(doc.contents as Node | null, source));
  if (roots.length === 1) return roots[0] as DataNode;
  return { kind: 'seq', offset: 0, items: roots };
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

function toData(node: Node | null, source: SourceText): DataNode {
  const text = source.text;
  if (node === null) return { kind: 'value', offset: 0, value: null };
  const offset = node.range?.[0] ?? 0;
  if (isMap(node)) {
    return {
      kind: 'map',
      offset,
      entries: node.items.map((pair) => {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        return [key, toData(pair.value as Node | null, source)] as [string, DataNode];
      }),
    };
  }
  if (isSeq(node)) {
    return { kind: 'seq', offset, items: node.items.map((i) => toData(i as Node | null, source)) };
  }
  if (isScalar(node) && typeof node.value === 'string') {
    let cache: MappedText | undefined;
    const scalar = node as Scalar<string>;
    return {
      kind: 'str',
      offset,
      value: scalar.value,
      mapped: () => {
        cache ??= mapScalar(text, scalar);
        return cache;
      },
    };
  }
  if (isScalar(node)) {
    const v = node.value;
    const value = typeof v === 'number' || typeof v === 'boolean' ? v : null;
    return { kind: 'value', offset, value };
  }
  if (isAlias(node)) {
    // Expanding aliases would let a small file stand for a huge one (an alias
    // bomb), and a reply read through an alias has no place of its own to fix.
    const { line, column } = source.lines.locate(offset);
    throw new SourceError(
      `YAML alias *${node.source} is not supported in a reply file; write the text out`,
      line,
      column,
    );
  }
  return { kind: 'value', offset, value: null };
}

/**
 * Maps each character of a scalar's value to the source. The value is the
 * source minus indentation, quotes and escapes, with line breaks folded, so
 * walking both in step finds every character; block scalars start after their
 * header line. If the walk does not account for the whole value (it always
 * should), every character maps to the scalar's start rather than to a guess.
 */
function mapScalar(text: string, node: Scalar<string>): MappedText {
  const [start = 0, end = start] = node.range ?? [];
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  const from = block ? text.indexOf('\n', start) + 1 || end : start;
  const mapped = alignValue(text, from, end, node.value, node.type === 'QUOTE_DOUBLE');
  if (mapped) return mapped;
  const fallback = new MappedBuilder();
  fallback.decoded(node.value, start);
  return fallback.finish(end);
}

const DOUBLE_QUOTED_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

function alignValue(
  text: string,
  from: number,
  end: number,
  value: string,
  escapes: boolean,
): MappedText | null {
  const out = new MappedBuilder();
  let j = from;
  let i = 0;
  while (i < value.length && j < end) {
    const v = value[i] as string;
    const s = text[j] as string;
    if (escapes && s === '\\') {
      const decoded = decodeEscape(text, j);
      if (decoded.text === '') {
        j += decoded.length;
        continue;
      }
      if (value.startsWith(decoded.text, i)) {
        out.decoded(decoded.text, j);
        i += decoded.text.length;
        j += decoded.length;
        continue;
      }
    }
    if (v === s || ((v === ' ' || v === '\n') && (s === '\n' || s === '\r'))) {
      out.copy(v, j);
      i++;
      j += s === '\r' && text[j + 1] === '\n' ? 2 : 1;
      continue;
    }
    j++;
  }
  if (i < value.length) return null;
  return out.finish(Math.min(j, end));
}

function decodeEscape(text: string, at: number): { text: string; length: number } {
  const e = text[at + 1] ?? '';
  if (e === '\n') return { text: '', length: 2 };
  if (e === '\r') return { text: '', length: text[at + 2] === '\n' ? 3 : 2 };
  const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
  if (hex) {
    const code = Number.parseInt(text.slice(at + 2, at + 2 + hex), 16);
    return { text: String.fromCodePoint(code), length: 2 + hex };
  }
  return { text: DOUBLE_QUOTED_ESCAPES[e] ?? e, length: 2 };
}
