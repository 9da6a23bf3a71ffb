/**
 * Suppression directives written in a draft file:
 *   <!-- replylint-disable rule-a, rule-b -->   (no ids: every rule) … <!-- replylint-enable -->
 *   <!-- replylint-disable-next-line rule -->   <!-- replylint-disable-line -->
 * in text, Markdown and HTML files, and in plain-text files also as a `#` comment that
 * runs to the end of its line:  `# replylint-disable-next-line cites-policy`.
 * Text after ` -- ` is a free comment (the reason). Directives are never prose.
 */

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids it names; empty means every rule. */
  rules: string[];
  /** Half-open range of the directive in the source. */
  start: number;
  end: number;
  /** The directive as written, for messages. */
  text: string;
}

const KINDS = 'disable-next-line|disable-line|disable|enable';
const HTML_COMMENT = new RegExp(`<!--\\s*replylint-(${KINDS})(?=\\s|-->)([\\s\\S]*?)-->`, 'g');
const HASH_COMMENT = new RegExp(
  `(?<=^|[ \\t])#[ \\t]*replylint-(${KINDS})(?=[ \\t\\r]|$)([^\\r\\n]*)`,
  'gm',
);

/** Every directive in a source file; `plainText` also recognizes the `#` form. */
export function findDirectives(source: string, plainText: boolean): Directive[] {
  const found: Directive[] = [];
  for (const pattern of plainText ? [HTML_COMMENT, HASH_COMMENT] : [HTML_COMMENT]) {
    for (const m of source.matchAll(pattern)) {
      found.push({
        kind: m[1] as DirectiveKind,
        rules: ruleIds(m[2] ?? ''),
        start: m.index,
        end: m.index + m[0].length,
        text: m[0].trim(),
      });
    }
  }
  // A `#` inside an HTML comment directive is part of that directive.
  return found
    .sort((a, b) => a.start - b.start)
    .filter((d, i, all) => !all.slice(0, i).some((o) => d.start >= o.start && d.start < o.end));
}

/** The text with every directive blanked to spaces (line breaks kept), so offsets still line up. */
export function blankDirectives(text: string, plainText = true): string {
  const directives = findDirectives(text, plainText);
  if (directives.length === 0) return text;
  let out = '';
  let at = 0;
  for (const d of directives) {
    out += text.slice(at, d.start) + text.slice(d.start, d.end).replace(/[^\r\n]/g, ' ');
    at = d.end;
  }
  return out + text.slice(at);
}

function ruleIds(rest: string): string[] {
  const list = rest.split(/\s--\s|\s--$/)[0] ?? '';
  return list
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);
}
