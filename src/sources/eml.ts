import type { Draft } from '../types.js';
import { makeDraft } from './draft.js';
import type { DraftDefaults } from './format.js';
import { htmlBody } from './html-format.js';
import { MappedBuilder, type MappedText } from './mapped.js';
import type { SourceText } from './origin.js';

// An .eml draft (RFC 5322): headers, a blank line, a body that may be
// multipart, quoted-printable or base64. The reply is the text/plain part (or
// the text/html one when there is no plain part); quoted history and the
// signature are taken out like any email draft; the To: name is the customer's.

interface Part {
  headers: Map<string, string>;
  /** Body range in the source. */
  start: number;
  end: number;
}

export function emlDrafts(file: string, source: SourceText, defaults: DraftDefaults): Draft[] {
  const top = parsePart(source.text, 0, source.text.length);
  const part = pickTextPart(source.text, top);
  const to = top.headers.get('to') ?? '';
  const name = displayName(to);
  if (!part) {
    return [
      makeDraft(file, source, defaults, {
        mapped: new MappedBuilder().finish(top.end),
        title: null,
      }),
    ];
  }
  const decoded = decodeBody(source.text, part);
  const html = /^text\/html/i.test(part.headers.get('content-type') ?? '');
  const body = html ? htmlBody(decoded) : { mapped: decoded, email: true as const };
  return [
    makeDraft(file, source, defaults, {
      ...body,
      email: true,
      title: null,
      ...(name && { name }),
    }),
  ];
}

function parsePart(text: string, start: number, end: number): Part {
  const headers = new Map<string, string>();
  const blank = /\r?\n\r?\n/g;
  blank.lastIndex = start;
  const m = blank.exec(text);
  const headerEnd = m && m.index < end ? m.index : start;
  const bodyStart = m && m.index < end ? m.index + m[0].length : start;
  const raw = text.slice(start, headerEnd).replace(/\r?\n[ \t]+/g, ' ');
  for (const line of raw.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, start: bodyStart, end };
}

function pickTextPart(text: string, part: Part): Part | undefined {
  const type = part.headers.get('content-type') ?? 'text/plain';
  if (/^multipart\//i.test(type)) {
    const boundary = /boundary\s*=\s*"?([^";]+)"?/i.exec(type)?.[1];
    if (!boundary) return undefined;
    const parts = splitMultipart(text, part, boundary);
    const found = parts.map((p) => pickTextPart(text, p)).filter((p): p is Part => !!p);
    return (
      found.find((p) => /^text\/plain/i.test(p.headers.get('content-type') ?? 'text/plain')) ??
      found[0]
    );
  }
  if (/^text\/(?:plain|html)/i.test(type)) {
    const disposition = part.headers.get('content-disposition') ?? '';
    return /attachment/i.test(disposition) ? undefined : part;
  }
  return undefined;
}

function splitMultipart(text: string, part: Part, boundary: string): Part[] {
  const parts: Part[] = [];
  const delimiter = `--${boundary}`;
  let at = text.indexOf(delimiter, part.start);
  while (at >= 0 && at < part.end) {
    const afterDelimiter = at + delimiter.length;
    if (text.startsWith('--', afterDelimiter)) break;
    const lineEnd = text.indexOf('\n', afterDelimiter);
    if (lineEnd < 0) break;
    const next = text.indexOf(`\n${delimiter}`, lineEnd);
    const end = next < 0 || next > part.end ? part.end : next;
    const bodyEnd = text[end - 1] === '\r' ? end - 1 : end;
    parts.push(parsePart(text, lineEnd + 1, bodyEnd));
    at = next < 0 ? -1 : next + 1;
  }
  return parts;
}

/** The part's body as text, every character mapped to where its bytes are written. */
function decodeBody(text: string, part: Part): MappedText {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const charset =
    /charset\s*=\s*"?([^";\s]+)"?/i.exec(part.headers.get('content-type') ?? '')?.[1] ?? 'utf-8';
  if (encoding === 'quoted-printable') return bytesToText(qpBytes(text, part), charset, part.end);
  if (encoding === 'base64') return bytesToText(base64Bytes(text, part), charset, part.end);
  const out = new MappedBuilder();
  out.copy(text.slice(part.start, part.end), part.start);
  return out.finish(part.end);
}

interface Bytes {
  bytes: number[];
  offsets: number[];
}

function qpBytes(text: string, part: Part): Bytes {
  const bytes: number[] = [];
  const offsets: number[] = [];
  const encoder = new TextEncoder();
  for (let i = part.start; i < part.end; i++) {
    const c = text[i] as string;
    if (c === '=') {
      const hex = text.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        bytes.push(Number.parseInt(hex, 16));
        offsets.push(i);
        i += 2;
        continue;
      }
      // A soft line break: "=" at the end of a line joins it to the next.
      const soft = /^[ \t]*\r?\n/.exec(text.slice(i + 1, i + 80));
      if (soft) {
        i += soft[0].length;
        continue;
      }
    }
    for (const b of encoder.encode(c)) {
      bytes.push(b);
      offsets.push(i);
    }
  }
  return { bytes, offsets };
}

function base64Bytes(text: string, part: Part): Bytes {
  const chars: number[] = [];
  for (let i = part.start; i < part.end; i++)
    if (/[A-Za-z0-9+/]/.test(text[i] as string)) chars.push(i);
  const clean = chars.map((i) => text[i]).join('');
  const bytes = [...Buffer.from(clean, 'base64')];
  // Byte k is written by base64 character floor(k * 4 / 3): its position is the best there is.
  const offsets = bytes.map(
    (_, k) => chars[Math.min(chars.length - 1, Math.floor((k * 4) / 3))] ?? part.start,
  );
  return { bytes, offsets };
}

function bytesToText({ bytes, offsets }: Bytes, charset: string, end: number): MappedText {
  const decoder = textDecoder(charset);
  const text = decoder.decode(Uint8Array.from(bytes));
  const out = new MappedBuilder();
  const utf8 = decoder.encoding === 'utf-8';
  let byte = 0;
  for (const ch of text) {
    out.decoded(ch, offsets[Math.min(byte, offsets.length - 1)] ?? end);
    byte += utf8 ? Buffer.byteLength(ch, 'utf8') : 1;
  }
  return out.finish(end);
}

/** "Dana Whitfield <dana@example.com>" → "Dana Whitfield". */
function displayName(header: string): string | undefined {
  const m = /^\s*"?([^"<,@]+?)"?\s*<[^>]+>/.exec(header);
  const name = m?.[1]?.trim();
  return name && /\p{L}/u.test(name) ? name : undefined;
}

function textDecoder(charset: string): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(charset);
  } catch {
    return new TextDecoder('utf-8');
  }
}
