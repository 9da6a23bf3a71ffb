import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blobLocation, cacheDirectory } from '../../src/snapshot/blob-path.js';
import { tmpTree } from '../helpers/tmp.js';

describe('cacheDirectory', () => {
  it('follows an absolute XDG_CACHE_HOME, else the home folder', () => {
    expect(cacheDirectory({ XDG_CACHE_HOME: '/c' })).toBe(path.join('/c', 'replylint'));
    // A relative XDG_CACHE_HOME is invalid by the spec; it must not land in the user's tree.
    const fallback = cacheDirectory({ XDG_CACHE_HOME: 'relative', HOME: '/h' });
    expect(fallback?.startsWith('/h')).toBe(true);
    expect(fallback).toContain('replylint');
  });
});

describe('blobLocation', () => {
  const env = { XDG_CACHE_HOME: '/cache' };

  it('names a blob in the cache directory after the build of the snapshot script', () => {
    const dist = tmpTree({ 'snapshot.cjs': 'one build' });
    const script = path.join(dist, 'snapshot.cjs');
    const first = blobLocation(script, env);
    expect(first?.file.startsWith(path.join('/cache', 'replylint', first.prefix))).toBe(true);
    expect(blobLocation(script, env)).toEqual(first);

    writeFileSync(script, 'another build');
    utimesSync(script, new Date(2020, 1, 1), new Date(2020, 1, 1));
    const rebuilt = blobLocation(script, env);
    expect(rebuilt?.file).not.toBe(first?.file);
    // Same dist/ folder, same prefix: the builder prunes the older blob by it.
    expect(rebuilt?.prefix).toBe(first?.prefix);
  });

  it('has another blob under other NODE_OPTIONS (V8 refuses a snapshot built with other flags)', () => {
    const script = path.join(tmpTree({ 'snapshot.cjs': 'x' }), 'snapshot.cjs');
    const plain = blobLocation(script, env)?.file;
    const flagged = blobLocation(script, { ...env, NODE_OPTIONS: '--max-old-space-size=4096' });
    expect(flagged?.file).not.toBe(plain);
  });

  it('has no blob for a missing script (the launcher then runs the bundle)', () => {
    expect(blobLocation('/no/such/dist/snapshot.cjs', env)).toBeUndefined();
  });
});
