// compromise's post-tagger runs a sweep of ~1,000 match rules over every sentence it
// tags. Its stock sweep (`methods.one.bulkMatch`) walks every key of the net's hook
// table for every sentence, i.e. thousands of Set lookups and array copies per
// sentence, and replylint tags sentence by sentence. This sweep looks the other way
// round: it visits only the sentence's own words and tags and sorts the hooks they
// reach by the net's key order, so it returns exactly the matches of the stock sweep,
// in the same order (bulkTagger applies them in that order), for a fraction of the work.

interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}
interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Array<Set<string>>;
    match(docs: unknown[][], match: NetMatch): { ptrs: number[][] };
    bulkMatch?: unknown;
  };
}

/** The net's hook keys in its own order, and each key's rank in it. */
interface KeyOrder {
  keys: string[];
  ranks: Map<string, number>;
}
const keyOrders = new WeakMap<object, KeyOrder>();

function keyOrderOf(hooks: Record<string, NetMatch[]>): KeyOrder {
  let order = keyOrders.get(hooks);
  if (!order) {
    const keys = Object.keys(hooks);
    order = { keys, ranks: new Map(keys.map((k, i) => [k, i])) };
    keyOrders.set(hooks, order);
  }
  return order;
}

/** The stock getHooks + localTrim + always + tooSmall, for one sentence. */
function candidates(net: Net, haves: Set<string>, termCount: number): NetMatch[] {
  const { keys, ranks } = keyOrderOf(net.hooks);
  const reached: number[] = [];
  for (const key of haves) {
    const rank = ranks.get(key);
    if (rank !== undefined) reached.push(rank);
  }
  reached.sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: NetMatch[] = [];
  for (const rank of reached) {
    for (const m of net.hooks[keys[rank] as string] ?? []) {
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      if (!m.needs.every((need) => haves.has(need))) continue;
      if (m.ifNo?.some((no) => haves.has(no))) continue;
      if (m.wants.length && m.wants.filter((w) => haves.has(w)).length < m.minWant) continue;
      if (termCount >= m.minWords) out.push(m);
    }
  }
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

function indexedSweep(
  document: unknown[][],
  net: Net,
  methods: SweepMethods,
  opts: { matchOne?: boolean } = {},
): Array<NetMatch & { pointer: number[] }> {
  const docCache = methods.one.cacheDoc(document);
  const results: Array<NetMatch & { pointer: number[] }> = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n] as unknown[];
    for (const m of candidates(net, docCache[n] as Set<string>, terms.length)) {
      const res = methods.one.match([terms], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0] as NetMatch & { pointer: number[] }];
    }
  }
  return results;
}

/** Replaces compromise's sweep with the indexed one (once per loaded library). */
export function installIndexedSweep(methods: SweepMethods): void {
  methods.one.bulkMatch = indexedSweep;
}
