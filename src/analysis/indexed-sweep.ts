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

/**
 * A net prepared once: each hook key's rank in the net's own key order, each
 * match's number (one per distinct match string, as the stock sweep dedupes by
 * it), and a stamp per number, so a sweep dedupes without building a Set.
 */
interface PreparedNet {
  ranks: Map<string, number>;
  /** Per key rank: its matches and their numbers. */
  hooks: Array<{ matches: NetMatch[]; ids: number[] }>;
  stamps: Uint32Array;
  sweep: number;
}
const preparedNets = new WeakMap<object, PreparedNet>();

function prepare(net: Net): PreparedNet {
  let prepared = preparedNets.get(net.hooks);
  if (!prepared) {
    const keys = Object.keys(net.hooks);
    const numbers = new Map<string, number>();
    const hooks = keys.map((key) => {
      const matches = net.hooks[key] ?? [];
      const ids = matches.map((m) => {
        let id = numbers.get(m.match);
        if (id === undefined) {
          id = numbers.size;
          numbers.set(m.match, id);
        }
        return id;
      });
      return { matches, ids };
    });
    prepared = {
      ranks: new Map(keys.map((k, i) => [k, i])),
      hooks,
      stamps: new Uint32Array(numbers.size),
      sweep: 0,
    };
    preparedNets.set(net.hooks, prepared);
  }
  return prepared;
}

/** Whether a match's required, excluded and wanted words are all as it asks. */
function fits(m: NetMatch, haves: Set<string>, termCount: number): boolean {
  if (termCount < m.minWords) return false;
  for (const need of m.needs) if (!haves.has(need)) return false;
  if (m.ifNo) for (const no of m.ifNo) if (haves.has(no)) return false;
  if (m.wants.length) {
    let wanted = 0;
    for (const want of m.wants) if (haves.has(want)) wanted++;
    if (wanted < m.minWant) return false;
  }
  return true;
}

/** The stock getHooks + localTrim + always + tooSmall, for one sentence. */
function candidates(net: Net, haves: Set<string>, termCount: number): NetMatch[] {
  const prepared = prepare(net);
  const reached: number[] = [];
  for (const key of haves) {
    const rank = prepared.ranks.get(key);
    if (rank !== undefined) reached.push(rank);
  }
  reached.sort((a, b) => a - b);
  // A new stamp per sentence marks the matches seen in it (0 is never a stamp).
  prepared.sweep = prepared.sweep === 0xffffffff ? 1 : prepared.sweep + 1;
  if (prepared.sweep === 1) prepared.stamps.fill(0);
  const { stamps, sweep } = prepared;
  const out: NetMatch[] = [];
  for (const rank of reached) {
    const { matches, ids } = prepared.hooks[rank] as PreparedNet['hooks'][number];
    for (let i = 0; i < matches.length; i++) {
      const id = ids[i] as number;
      if (stamps[id] === sweep) continue;
      stamps[id] = sweep;
      const m = matches[i] as NetMatch;
      if (fits(m, haves, termCount)) out.push(m);
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
