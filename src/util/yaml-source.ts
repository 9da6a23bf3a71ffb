import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml';

/** A parsed YAML file that can say where its keys are. */
export interface YamlSource {
  readonly text: string;
  readonly doc: Document;
  readonly lineCounter: LineCounter;
}

export interface SourcePosition {
  line: number;
  column: number;
}

/** A YAML syntax error, with its position. */
export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly position?: SourcePosition,
  ) {
    super(message);
  }
}

/** Parses one YAML document (no custom tags), or throws YamlSyntaxError. */
export function parseYamlSource(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, customTags: [], prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    const message =
      error.code === 'MULTIPLE_DOCS'
        ? 'a file holds one rule: remove the "---" separator and put the next rule in its own file'
        : (error.message.split('\n')[0] ?? error.message).replace(
            / at line \d+, column \d+:?$/,
            '',
          );
    throw new YamlSyntaxError(message, pos && { line: pos.line, column: pos.col });
  }
  return { text, doc, lineCounter };
}

/** Aliases a YAML file may expand: enough for shared snippets, too few for a "billion laughs" bomb. */
export const MAX_ALIAS_COUNT = 100;

/**
 * The document as plain data. A file whose aliases would expand past
 * MAX_ALIAS_COUNT (an alias bomb) is a YamlSyntaxError at its first alias,
 * not an out-of-memory crash.
 */
export function yamlToJS(doc: Document, lineCounter?: LineCounter): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias count/i.test(error.message)) throw error;
    let at: number | undefined;
    visit(doc, {
      Alias(_key, node) {
        at = node.range?.[0];
        return visit.BREAK;
      },
    });
    const pos = at !== undefined ? lineCounter?.linePos(at) : undefined;
    throw new YamlSyntaxError(
      `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT}; an alias bomb?)`,
      pos && { line: pos.line, column: pos.col },
    );
  }
}

/**
 * Where a key path is: the key itself when the last step names a mapping key,
 * the item for a list index, or the nearest ancestor when the path is missing.
 */
export function positionOf(
  source: YamlSource,
  path: ReadonlyArray<string | number>,
): SourcePosition | undefined {
  let node: unknown = source.doc.contents;
  let found = node as Node | null;
  let at: number | undefined = rangeStart(node);
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === step);
      if (!pair) break;
      at = rangeStart(pair.key) ?? at;
      node = pair.value;
      found = pair.value as Node | null;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step];
      if (item === undefined) break;
      node = item;
      found = item as Node | null;
      at = rangeStart(item) ?? at;
    } else break;
  }
  if (at === undefined && found) at = rangeStart(found);
  if (at === undefined) return undefined;
  const pos = source.lineCounter.linePos(at);
  return { line: pos.line, column: pos.col };
}

function rangeStart(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] } | null)?.range?.[0];
}

export interface CommentTrap {
  path: Array<string | number>;
  /** The value as YAML read it, cut at the comment. */
  value: string;
  /** The comment, from its "#". */
  comment: string;
  position: SourcePosition;
}

/**
 * Plain (unquoted) scalars under `keys` followed on their line by " #Word":
 * YAML reads " #" as the start of a comment, so `- you should have #PastTense`
 * silently becomes "you should have". A comment written as "# text" (with a
 * space) is taken as intended.
 */
export function commentTraps(source: YamlSource, keys: readonly string[]): CommentTrap[] {
  const traps: CommentTrap[] = [];
  const root = source.doc.contents;
  if (!isMap(root)) return traps;
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof key !== 'string' || !keys.includes(key) || !pair.value) continue;
    visit(pair.value as Node, {
      Scalar(_key, node, ancestors) {
        if (node.type !== 'PLAIN' || !node.range) return;
        const rest = source.text.slice(node.range[1]);
        const comment = /^[ \t]+(#\S[^\n]*)/.exec(rest)?.[1];
        if (!comment) return;
        const pos = source.lineCounter.linePos(node.range[0]);
        traps.push({
          path: [key, ...pathOf(ancestors, node)],
          value: String(node.value),
          comment: comment.trimEnd(),
          position: { line: pos.line, column: pos.col },
        });
      },
    });
  }
  return traps;
}

/** The key path from visit()'s ancestors (below the visited root) to a node. */
function pathOf(ancestors: readonly unknown[], node: unknown): Array<string | number> {
  const path: Array<string | number> = [];
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i];
    const child = chain[i + 1];
    if (isSeq(parent)) path.push(parent.items.indexOf(child as never));
    else if (isMap(parent)) {
      // Pairs sit between a map and its values; a key scalar is named by itself.
      const pair = parent.items.find((p) => p === child);
      const key = pair && isScalar(pair.key) ? pair.key.value : undefined;
      if (key !== undefined) path.push(String(key));
    }
  }
  return path;
}
