import { closeSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CacheHeader,
  decodeCacheFile,
  encodeCacheFile,
  readCacheHeader,
} from '../../src/cache/cache-file.js';
import { tmpTree } from '../helpers/tmp.js';

const entries = Buffer.from(JSON.stringify({ '/a.txt': { content: 'é', results: [] } }));
const run = {
  key: 'k',
  inputs: { paths: ['/a.txt'], states: ['1:2:3:4'], folders: {} },
  exitCode: 1,
  printed: [
    [1, 3],
    [2, 2],
  ] as Array<[1 | 2, number]>,
};

function headerOfFile(bytes: Buffer) {
  const file = path.join(tmpTree(), 'cache');
  writeFileSync(file, bytes);
  const fd = openSync(file, 'r');
  try {
    return readCacheHeader(fd);
  } finally {
    closeSync(fd);
  }
}

describe('the cache file layout', () => {
  it('gives back the header, the entries and the recorded output', () => {
    const header: CacheHeader = { replylint: 'tag', entries: entries.length, run };
    const bytes = encodeCacheFile(header, entries, Buffer.from('outerr'));
    const decoded = decodeCacheFile(bytes);
    expect(decoded?.header).toEqual(header);
    expect(JSON.parse(decoded?.entries ?? '')).toEqual(JSON.parse(entries.toString()));
    expect(decoded?.output.toString()).toBe('outerr');
  });

  it('reads the header alone, with where the output starts, even past the first 64 KiB', () => {
    const paths = Array.from({ length: 3000 }, (_, i) => `/drafts/${i}.txt`);
    const states = paths.map((_, i) => `${i}:1:2:3`);
    const header: CacheHeader = {
      replylint: 'tag',
      entries: entries.length,
      run: { ...run, inputs: { paths, states, folders: {} } },
    };
    const bytes = encodeCacheFile(header, entries, Buffer.from('outer'));
    expect(JSON.stringify(header).length).toBeGreaterThan(1 << 16);
    const read = headerOfFile(bytes);
    expect(read?.header).toEqual(header);
    expect(bytes.subarray(read?.outputAt).toString()).toBe('outer');
  });

  it('takes a file laid out otherwise (an older cache, a broken one) for no cache', () => {
    const old = Buffer.from(JSON.stringify({ replylint: 'tag', entries: {} }));
    expect(decodeCacheFile(old)).toBeUndefined();
    expect(headerOfFile(old)).toBeUndefined();
    const wrongLength = encodeCacheFile({ replylint: 'tag', entries: 3 }, entries);
    expect(decodeCacheFile(wrongLength)).toBeUndefined();
    expect(decodeCacheFile(Buffer.from('{"replylint":\n{}\n'))).toBeUndefined();
  });
});
