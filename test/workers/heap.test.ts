import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { fullCollection, HeapKeeper, outgrown } from '../../src/workers/heap.js';

const MiB = 1024 * 1024;

describe('outgrown', () => {
  it('is true only once the heap has grown past its live size by more than the slack', () => {
    expect(outgrown(80 * MiB, 35 * MiB, 48 * MiB)).toBe(false);
    expect(outgrown(84 * MiB, 35 * MiB, 48 * MiB)).toBe(true);
  });
});

describe('HeapKeeper', () => {
  it('collects every few files, and only when the heap has outgrown its live data', () => {
    let collections = 0;
    // No slack at all: every look finds the heap outgrown.
    const eager = new HeapKeeper(-Infinity, 3, () => collections++);
    for (let i = 0; i < 7; i++) eager.afterFile();
    expect(collections).toBe(2);
    // Unbounded slack: never.
    const lazy = new HeapKeeper(Infinity, 1, () => collections++);
    for (let i = 0; i < 5; i++) lazy.afterFile();
    expect(collections).toBe(2);
  });

  it('does nothing where no full collection can be had', () => {
    expect(() => new HeapKeeper(-Infinity, 1, null).afterFile()).not.toThrow();
  });
});

describe('fullCollection', () => {
  it('gives V8’s full collection, which frees garbage now', () => {
    const collect = fullCollection();
    expect(collect).toBeTypeOf('function');
    let garbage: number[][] | undefined = Array.from({ length: 200 }, () =>
      new Array(50_000).fill(1.5),
    );
    const withGarbage = v8.getHeapStatistics().used_heap_size;
    expect(garbage.length).toBe(200);
    garbage = undefined;
    collect?.();
    expect(v8.getHeapStatistics().used_heap_size).toBeLessThan(withGarbage - 40 * MiB);
  });
});
