import type { MappedText } from './mapped.js';

/**
 * A JSON or YAML document as a tree whose string values know where they come
 * from: collection extractors read macros from it and map every character of a
 * body back to the file (through JSON escapes and YAML block scalars).
 */
export type DataNode = DataMap | DataSeq | DataString | DataValue;

export interface DataMap {
  kind: 'map';
  offset: number;
  entries: Array<[string, DataNode]>;
}

export interface DataSeq {
  kind: 'seq';
  offset: number;
  items: DataNode[];
}

export interface DataString {
  kind: 'str';
  offset: number;
  value: string;
  /** The value with the source offset of each character. */
  mapped(): MappedText;
}

export interface DataValue {
  kind: 'value';
  offset: number;
  value: number | boolean | null;
}

export function isMap(node: DataNode | undefined): node is DataMap {
  return node?.kind === 'map';
}

export function isSeq(node: DataNode | undefined): node is DataSeq {
  return node?.kind === 'seq';
}

export function isStr(node: DataNode | undefined): node is DataString {
  return node?.kind === 'str';
}

/** The value at `key` of a map. */
export function get(node: DataNode | undefined, key: string): DataNode | undefined {
  if (!isMap(node)) return undefined;
  for (const [k, v] of node.entries) if (k === key) return v;
  return undefined;
}

/** The value at a dotted path ("data.items", "_embedded.replies"); '' or '.' is the node itself. */
export function getPath(node: DataNode | undefined, path: string): DataNode | undefined {
  if (path === '' || path === '.') return node;
  let current = node;
  for (const key of path.split('.')) {
    if (isSeq(current) && /^\d+$/.test(key)) current = current.items[Number(key)];
    else current = get(current, key);
    if (current === undefined) return undefined;
  }
  return current;
}

/** A string or number value as text (titles, ids). */
export function textOf(node: DataNode | undefined): string | undefined {
  if (isStr(node)) return node.value;
  if (node?.kind === 'value' && typeof node.value === 'number') return String(node.value);
  return undefined;
}

/** The list of items a document holds: a sequence's items, or the node itself. */
export function itemsOf(node: DataNode | undefined): DataNode[] {
  if (node === undefined) return [];
  return isSeq(node) ? node.items : [node];
}

/** A per-item list of rule ids: ["a", "b"] or "a, b". */
export function ruleListOf(node: DataNode | undefined): string[] | undefined {
  if (isStr(node))
    return node.value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (isSeq(node)) return node.items.flatMap((i) => (isStr(i) ? [i.value.trim()] : []));
  return undefined;
}
