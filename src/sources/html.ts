import { Parser } from 'htmlparser2';
import type { Placeholder } from '../types.js';
import { MappedBuilder, type MappedText } from './mapped.js';

/** What an HTML body holds: its prose, Intercom attribute placeholders, and quoted history. */
export interface HtmlText {
  /** Rendered text; offsets index into the HTML string that was parsed. */
  mapped: MappedText;
  /** `<attribute key="…" default="…"/>` tags (Intercom), as spans of `mapped.text`. */
  placeholders: Placeholder[];
  /** Text inside <blockquote> and Gmail/Outlook quote containers: the message being answered. */
  quoted: string;
}

/** Elements whose content is never prose. */
const SKIP = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'code', 'svg']);
/** Elements that end a paragraph (a blank line). */
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
  'blockquote',
  'pre',
  'hr',
  'dl',
]);
/** Elements that end a line. */
const LINE = new Set([
  'div',
  'li',
  'tr',
  'section',
  'article',
  'header',
  'footer',
  'dt',
  'dd',
  'figure',
  'address',
  'center',
]);

function isQuoteContainer(name: string, attrs: Record<string, string>): boolean {
  if (name === 'blockquote') return true;
  const cls = ` ${attrs.class ?? ''} `;
  return / gmail_quote /.test(cls) || attrs.id === 'divRplyFwdMsg' || attrs.id === 'appendonsend';
}

/**
 * Renders HTML to text the way a mail client shows it: tags dropped, entities
 * decoded, whitespace collapsed, block elements on their own lines. Every
 * character keeps the offset it came from in `html` (entities map to their "&").
 */
export function htmlToText(html: string): HtmlText {
  const out = new MappedBuilder();
  const placeholders: Placeholder[] = [];
  const quoted: string[] = [];
  /** Open elements, and the depths at which quote containers were opened. */
  let depth = 0;
  const quoteDepths: number[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  let newlinesAtEnd = 0;
  /** Source offset of collapsed whitespace waiting to be written as one space, or -1. */
  let pendingSpace = -1;

  const push = (kind: 'copy' | 'decoded', text: string, at: number) => {
    if (text === '') return;
    if (kind === 'copy') out.copy(text, at);
    else out.decoded(text, at);
    const trailing = /\n*$/.exec(text)?.[0].length ?? 0;
    newlinesAtEnd = trailing === text.length ? newlinesAtEnd + trailing : trailing;
  };
  const atLineStart = () => out.length === 0 || newlinesAtEnd > 0;
  const flushSpace = () => {
    if (pendingSpace >= 0 && !atLineStart()) push('copy', ' ', pendingSpace);
    pendingSpace = -1;
  };
  const breakLine = (count: number, at: number) => {
    pendingSpace = -1;
    if (out.length === 0) return;
    while (newlinesAtEnd < count) push('decoded', '\n', at);
  };
  const hidden = () => skipDepth > 0 || quoteDepths.length > 0;

  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        depth++;
        if (SKIP.has(name)) skipDepth++;
        if (name === 'pre') preDepth++;
        if (!hidden() && isQuoteContainer(name, attrs)) {
          quoteDepths.push(depth);
          breakLine(2, parser.startIndex);
          return;
        }
        if (hidden()) {
          if (quoteDepths.length && (name === 'br' || PARAGRAPH.has(name) || LINE.has(name)))
            quoted.push('\n');
          return;
        }
        if (name === 'br') {
          pendingSpace = -1;
          push('decoded', '\n', parser.startIndex);
        } else if (PARAGRAPH.has(name)) breakLine(2, parser.startIndex);
        else if (LINE.has(name)) breakLine(1, parser.startIndex);
        else if (name === 'attribute' && attrs.key) {
          flushSpace();
          const start = out.length;
          const tag = html.slice(parser.startIndex, parser.endIndex + 1);
          // Blank text as long as the tag, all of it pointing at the tag.
          push('decoded', ' '.repeat(Math.max(1, tag.length)), parser.startIndex);
          placeholders.push({
            span: { start, end: out.length },
            variable: attrs.key,
            kind: 'other',
            syntax: 'intercom-attribute',
            text: tag,
            ...(attrs.default !== undefined && attrs.default !== '' && { fallback: attrs.default }),
          });
        }
      },
      onclosetag(name) {
        const at = parser.startIndex;
        if (quoteDepths[quoteDepths.length - 1] === depth) {
          quoteDepths.pop();
          quoted.push('\n');
        }
        depth = Math.max(0, depth - 1);
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (hidden()) return;
        if (PARAGRAPH.has(name)) breakLine(2, at);
        else if (LINE.has(name)) breakLine(1, at);
      },
      ontext(data) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (skipDepth) return;
        if (quoteDepths.length) {
          quoted.push(data);
          return;
        }
        const verbatim = end - start === data.length && html.startsWith(data, start);
        if (!verbatim) {
          // An entity: its decoded text maps to the "&".
          if (/^[\s\u00a0]+$/.test(data) && !preDepth) {
            if (pendingSpace < 0 && !atLineStart()) pendingSpace = start;
            return;
          }
          flushSpace();
          push('decoded', data.replace(/\u00a0/g, ' '), start);
          return;
        }
        if (preDepth) {
          flushSpace();
          push('copy', data, start);
          return;
        }
        // Collapse runs of whitespace to one space, mapped to where the run starts.
        const re = /[ \t\n\r\f\u00a0]+/g;
        let last = 0;
        for (let m = re.exec(data); m; m = re.exec(data)) {
          if (m.index > last) {
            flushSpace();
            push('copy', data.slice(last, m.index), start + last);
          }
          if (pendingSpace < 0 && !atLineStart()) pendingSpace = start + m.index;
          last = m.index + m[0].length;
        }
        if (last < data.length) {
          flushSpace();
          push('copy', data.slice(last), start + last);
        }
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return {
    mapped: out.finish(html.length),
    placeholders,
    quoted: quoted
      .join('')
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/\n\s*\n+/g, '\n\n')
      .trim(),
  };
}
