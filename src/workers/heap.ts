// A lint worker's heap between files. Its live data is compromise's model plus one
// file's drafts (~35 MiB), but V8 lets a busy heap grow to three or four times that
// before it collects in full: two workers doing so were most of a large run's peak
// memory. So after every few files a worker whose heap has grown well past what it
// held after its last full collection collects now (~30 ms), when nothing is live
// but the model.
import v8 from 'node:v8';
import vm from 'node:vm';

const MiB = 1024 * 1024;

/** Whether a heap of `total` bytes has grown past what it held at the last collection by more than `slack`. */
export function outgrown(total: number, liveAtLastCollection: number, slack: number): boolean {
  return total > liveAtLastCollection + slack;
}

export class HeapKeeper {
  private files = 0;
  private live = v8.getHeapStatistics().used_heap_size;

  constructor(
    /** How far past its live size the heap may grow (bytes). */
    private readonly slack = 48 * MiB,
    /** Files between two looks at the heap. */
    private readonly every = 25,
    private readonly collect = fullCollection(),
  ) {}

  /** Called after each file: collects now if the heap has outgrown its live data. */
  afterFile(): void {
    if (!this.collect || ++this.files % this.every !== 0) return;
    if (!outgrown(v8.getHeapStatistics().total_heap_size, this.live, this.slack)) return;
    this.collect();
    this.live = v8.getHeapStatistics().used_heap_size;
  }
}

/**
 * V8's full collection, or null where it cannot be had. `gc` is only exposed with
 * --expose-gc, which a worker cannot be given; the flag set now exposes it in contexts
 * made from now on (jest's leak detector takes it the same way).
 */
export function fullCollection(): (() => void) | null {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}
