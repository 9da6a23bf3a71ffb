import { readSync } from 'node:fs';
import type { RunInputs } from './run-inputs.js';

// The layout of a cache file (.replylintcache):
//   line 1  a JSON header: the build tag, the byte length of line 2, the recorded run
//   line 2  the per-file entries (JSON)
//   then    the recorded run's output, stdout and stderr as they came (see RunHeader.printed)
// JSON never holds a raw newline, so the lines split safely. The header comes first, so
// that a run can be replayed from the header and the output alone (src/cache/replay.ts),
// without parsing the entries.

/** The last recorded `--cache` run: what it read, and what it printed. */
export interface RunHeader {
  /** Identifies the command line and what besides files decides its output (run-key.ts). */
  key: string;
  inputs: RunInputs;
  exitCode: number;
  /** What it printed, in order: [1 for stdout or 2 for stderr, byte length] per stretch. */
  printed: Array<[1 | 2, number]>;
}

export interface CacheHeader {
  /** replylint's version and build: another build's cache is ignored. */
  replylint: string;
  /** Byte length of the entries line. */
  entries: number;
  run?: RunHeader;
}

const NEWLINE = 0x0a;

/** A cache file's bytes. */
export function encodeCacheFile(header: CacheHeader, entries: Buffer, output?: Buffer): Buffer {
  const head = Buffer.from(`${JSON.stringify(header)}\n`);
  return Buffer.concat([head, entries, Buffer.from('\n'), ...(output ? [output] : [])]);
}

/** The parts of a cache file's bytes, or undefined if they are not laid out as above. */
export function decodeCacheFile(
  bytes: Buffer,
): { header: CacheHeader; entries: string; output: Buffer } | undefined {
  const end = bytes.indexOf(NEWLINE);
  if (end < 0) return undefined;
  const header = parseHeader(bytes.toString('utf8', 0, end));
  if (!header) return undefined;
  const entriesEnd = end + 1 + header.entries;
  if (bytes[entriesEnd] !== NEWLINE) return undefined;
  return {
    header,
    entries: bytes.toString('utf8', end + 1, entriesEnd),
    output: bytes.subarray(entriesEnd + 1),
  };
}

/**
 * Reads only the header of an open cache file (the launcher decides from it alone whether
 * to replay), with the offset at which the recorded output starts.
 */
export function readCacheHeader(fd: number): { header: CacheHeader; outputAt: number } | undefined {
  const chunks: Buffer[] = [];
  let length = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(1 << 16);
    const read = readSync(fd, chunk, 0, chunk.length, length);
    if (read === 0) return undefined;
    const end = chunk.subarray(0, read).indexOf(NEWLINE);
    if (end >= 0) {
      chunks.push(chunk.subarray(0, end));
      const headerBytes = length + end;
      const header = parseHeader(Buffer.concat(chunks).toString('utf8'));
      return header && { header, outputAt: headerBytes + 1 + header.entries + 1 };
    }
    chunks.push(chunk.subarray(0, read));
    length += read;
  }
}

function parseHeader(text: string): CacheHeader | undefined {
  try {
    const header = JSON.parse(text) as Partial<CacheHeader>;
    return typeof header.replylint === 'string' && Number.isInteger(header.entries)
      ? (header as CacheHeader)
      : undefined;
  } catch {
    return undefined;
  }
}
