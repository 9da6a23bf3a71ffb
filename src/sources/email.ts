import type { Span } from '../types.js';

/** The parts of an email draft that are not the agent's reply. */
export interface EmailParts {
  /** Quoted history, inline quotes and the signature: blanked, never linted. */
  hidden: Span[];
  /** The quoted message being answered (quote marks and attribution removed). */
  context?: string;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

const ATTRIBUTION =
  /^\s*(?:On\b.{0,300}\bwrote|Le\b.{0,300}\ba écrit|Am\b.{0,300}\bschrieb|El\b.{0,300}\bescribió|Il\b.{0,300}\bha scritto|Op\b.{0,300}\bschreef)\s*:\s*$/i;
const SEPARATOR = /^\s*-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}\s*$/i;
const RULE = /^\s*_{10,}\s*$/;
const HEADER = /^\s*(?:From|Sent|Date|To|Cc|Subject)\s*:/i;
const QUOTED = /^\s*>/;
const SIGNATURE = /^-- ?$/;

/**
 * Finds what an email draft quotes and signs: the history after "On … wrote:",
 * "-----Original Message-----" or an Outlook header block, "> " lines, and the
 * signature after a "-- " line. The quoted customer message becomes the context.
 */
export function splitEmail(text: string): EmailParts {
  const lines = linesOf(text);
  const hidden: Span[] = [];
  const quoted: string[] = [];
  const history = historyStart(lines);
  const end = history ? history.line : lines.length;

  for (let k = 0; k < end; k++) {
    const line = lines[k] as Line;
    if (QUOTED.test(line.text)) {
      hidden.push({ start: line.start, end: line.end });
      quoted.push(unquote(line.text));
    }
  }
  const signature = lines.slice(0, end).findIndex((l) => SIGNATURE.test(l.text));
  if (signature >= 0) {
    const from = lines[signature] as Line;
    const to = history ? (lines[history.line] as Line).start : text.length;
    hidden.push({ start: from.start, end: to });
  }
  if (history) {
    hidden.push({ start: (lines[history.line] as Line).start, end: text.length });
    const body = lines.slice(history.bodyLine);
    const isOutlook = history.kind === 'headers';
    let inHeaders = isOutlook;
    for (const line of body) {
      if (inHeaders) {
        if (HEADER.test(line.text) || line.text.trim() === '') continue;
        inHeaders = false;
      }
      quoted.push(unquote(line.text));
    }
  }
  const context = quoted
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { hidden, ...(context && { context }) };
}

interface History {
  /** First hidden line. */
  line: number;
  /** First line of the quoted message itself. */
  bodyLine: number;
  kind: 'attribution' | 'headers' | 'quotes';
}

function historyStart(lines: Line[]): History | null {
  for (let k = 0; k < lines.length; k++) {
    const text = (lines[k] as Line).text;
    if (/^\s*(?:On|Le|Am|El|Il|Op)\b/i.test(text)) {
      // Attributions are often wrapped over two or three lines.
      for (let n = 1; n <= 3 && k + n <= lines.length; n++) {
        const joined = lines
          .slice(k, k + n)
          .map((l) => l.text.trim())
          .join(' ');
        if (ATTRIBUTION.test(joined)) return { line: k, bodyLine: k + n, kind: 'attribution' };
      }
    }
    if (SEPARATOR.test(text)) return { line: k, bodyLine: k + 1, kind: 'headers' };
    if (RULE.test(text) && lines.slice(k + 1, k + 3).some((l) => /^\s*From\s*:/i.test(l.text))) {
      return { line: k, bodyLine: k + 1, kind: 'headers' };
    }
    if (/^\s*From\s*:/i.test(text) && k > 0) {
      const next = lines.slice(k + 1, k + 6).map((l) => l.text);
      if (
        next.some((t) => /^\s*(?:Sent|Date)\s*:/i.test(t)) &&
        next.some((t) => /^\s*Subject\s*:/i.test(t))
      ) {
        return { line: k, bodyLine: k, kind: 'headers' };
      }
    }
  }
  // A block of "> " lines that runs to the end is the history too (its attribution, if any,
  // was not recognised); inline quotes above it stay inline.
  let k = lines.length - 1;
  while (k >= 0 && (lines[k] as Line).text.trim() === '') k--;
  if (k < 0 || !QUOTED.test((lines[k] as Line).text)) return null;
  while (k > 0 && QUOTED.test((lines[k - 1] as Line).text)) k--;
  return { line: k, bodyLine: k, kind: 'quotes' };
}

function unquote(line: string): string {
  return line.replace(/^\s*(?:>\s?)+/, '');
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ text: text.slice(start, m.index), start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ text: text.slice(start), start, end: text.length });
  return lines;
}
