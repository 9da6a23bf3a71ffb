/** Turns the bytes of a file into text, or explains why they are not a text file. */

export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  /** What to write back to keep the file's encoding (used by --fix). */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  bom: boolean;
}

const SNIFF_BYTES = 8000;

/** Text back to bytes in the encoding (and with the BOM) it was read with. */
export function encode(text: string, as: Pick<Decoded, 'encoding' | 'bom'>): Uint8Array {
  if (as.encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8');
    return as.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  const le = Buffer.from(text, 'utf16le');
  const body = as.encoding === 'utf-16be' ? Buffer.from(le).swap16() : le;
  if (!as.bom) return body;
  return Buffer.concat([
    Buffer.from(as.encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]),
    body,
  ]);
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      bom: true,
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      bom: true,
    };
  }
  if (looksBinary(bytes)) throw new DecodeError('binary file (not text); skipped');
  return { text: utf8(bytes), encoding: 'utf-8', bom: false };
}

/** NUL bytes in the first few KB mean binary, as git and grep decide. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new DecodeError(`not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8`);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      // stream: a sequence cut short at the end is not an error yet.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), {
        stream: true,
      });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  // Back up to the start of the sequence the bad byte broke.
  let start = lo;
  while (start > 0 && !decodesCleanly(bytes.subarray(0, start))) start--;
  return start;
}

function decodesCleanly(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
