// compromise's post-tagger runs a sweep of ~1,000 match rules over every sentence it
// tags. Its stock sweep (`methods.one.bulkMatch`) walks every key of the net's hook
// table for every sentence, i.e. thousands of Set lookups and array copies per
// sentence, and replylint tags sentence by sentence. This sweep looks the other way
// round: it visits only the matches anchored on the sentence's own words and tags (one
// rare need per match) and sorts those that fit by where the stock sweep meets them,
// so it returns exactly the stock sweep's matches, in the same order (bulkTagger
// applies them in that order), for a fraction of the work. Before running a match it
// also walks the match's pattern over the sentence's words cheaply (pattern-walk.ts).
// The test compares the two.
import type { NlpTerm as Term } from './nlp.js';
import { couldMatch } from './pattern-walk.js';
import type { Reg } from './patterns.js';

interface NetMatch {
  match: string;
  regs?: Reg[];
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

/** Where the stock sweep meets a match: under the net's key of this rank, at this position. */
interface Meeting {
  key: string;
  /** The key's number (see PreparedNet). */
  keyId: number;
  rank: number;
  position: number;
  match: NetMatch;
  test: FitTest;
}

/** A match's required, excluded and wanted words and tags, as key numbers. */
interface FitTest {
  needs: number[];
  ifNo: number[];
  wants: number[];
  minWant: number;
  minWords: number;
}

/**
 * A net prepared once. Every match string gets a number (the stock sweep dedupes by
 * string), the places it is met in the net's key order, and one anchor: a key every
 * object with that string needs, so a sentence without it cannot fit any of them.
 * A sentence then visits only the strings its own keys anchor (about a third of those
 * its keys reach). Every key (word or tag) a match hooks on, needs, wants or excludes
 * gets a number too, so that a sentence marks the keys it has in a typed array and a
 * match's tests read that array instead of hashing strings; a stamp per sentence
 * marks keys and strings without clearing or building a Set.
 */
interface PreparedNet {
  keyIds: Map<string, number>;
  /** Per key number: the numbers of the strings it anchors. */
  anchored: Array<number[] | undefined>;
  meetings: Meeting[][];
  /** Per string number: the stamp of the last sentence that visited it. */
  visited: Uint32Array;
  /** Per key number: the stamp of the last sentence that had it. */
  present: Uint32Array;
  sweep: number;
}
const preparedNets = new WeakMap<object, PreparedNet>();

function prepare(net: Net): PreparedNet {
  let prepared = preparedNets.get(net.hooks);
  if (!prepared) {
    const keyIds = new Map<string, number>();
    const keyId = (key: string) => numberOf(keyIds, key);
    const tests = new Map<NetMatch, FitTest>();
    const testOf = (m: NetMatch) => {
      let test = tests.get(m);
      if (!test) {
        test = {
          needs: m.needs.map(keyId),
          ifNo: (m.ifNo ?? []).map(keyId),
          wants: m.wants.map(keyId),
          minWant: m.minWant,
          minWords: m.minWords,
        };
        tests.set(m, test);
      }
      return test;
    };
    const strings = new Map<string, number>();
    const meetings: Meeting[][] = [];
    Object.keys(net.hooks).forEach((key, rank) => {
      (net.hooks[key] ?? []).forEach((match, position) => {
        const id = numberOf(strings, match.match);
        if (id === meetings.length) meetings.push([]);
        const meeting = { key, keyId: keyId(key), rank, position, match, test: testOf(match) };
        meetings[id]?.push(meeting);
      });
    });
    const anchored: Array<number[] | undefined> = [];
    const anchor = (key: string, id: number) => {
      const k = keyId(key);
      const ids = anchored[k];
      if (!ids) anchored[k] = [id];
      else if (ids[ids.length - 1] !== id) ids.push(id);
    };
    meetings.forEach((met, id) => {
      const key = anchorKey(met, net);
      // No need shared by every object of this string: reach it the stock way, by any key.
      if (key === undefined) for (const m of met) anchor(m.key, id);
      else anchor(key, id);
    });
    prepared = {
      keyIds,
      anchored,
      meetings,
      visited: new Uint32Array(strings.size),
      present: new Uint32Array(keyIds.size),
      sweep: 0,
    };
    preparedNets.set(net.hooks, prepared);
  }
  return prepared;
}

/** The number `map` gives `key`, the next one if it has none yet. */
function numberOf(map: Map<string, number>, key: string): number {
  let id = map.get(key);
  if (id === undefined) {
    id = map.size;
    map.set(key, id);
  }
  return id;
}

/**
 * The need shared by every object met under a string that a sentence most likely lacks:
 * a word rather than a #Tag (the longest word), else the tag fewest matches hook on.
 */
function anchorKey(met: readonly Meeting[], net: Net): string | undefined {
  const objects = [...new Set(met.map((m) => m.match))];
  const shared = (objects[0]?.needs ?? []).filter((need) =>
    objects.every((o) => o.needs.includes(need)),
  );
  const rarity = (key: string) =>
    /^[#%]/.test(key) ? 1000 + (net.hooks[key]?.length ?? 0) : 100 - key.length;
  return shared.sort((a, b) => rarity(a) - rarity(b))[0];
}

/**
 * Whether a match's required, excluded and wanted words are all as it asks, in a
 * sentence of `termCount` terms whose keys are marked `sweep` in `present`.
 */
function fits(test: FitTest, present: Uint32Array, sweep: number, termCount: number): boolean {
  if (termCount < test.minWords) return false;
  for (const need of test.needs) if (present[need] !== sweep) return false;
  for (const no of test.ifNo) if (present[no] === sweep) return false;
  if (test.wants.length) {
    let wanted = 0;
    for (const want of test.wants) if (present[want] === sweep) wanted++;
    if (wanted < test.minWant) return false;
  }
  return true;
}

/**
 * The stock getHooks + localTrim + always + tooSmall, for one sentence: the matches its
 * keys reach, each as the object first met in key order, kept if it fits, in the order
 * the stock sweep meets them.
 */
function candidates(net: Net, haves: Set<string>, termCount: number): NetMatch[] {
  const prepared = prepare(net);
  // A new stamp per sentence (0 is never a stamp).
  prepared.sweep = prepared.sweep === 0xffffffff ? 1 : prepared.sweep + 1;
  if (prepared.sweep === 1) {
    prepared.visited.fill(0);
    prepared.present.fill(0);
  }
  const { keyIds, anchored, meetings, visited, present, sweep } = prepared;
  const keys: number[] = [];
  for (const key of haves) {
    const id = keyIds.get(key);
    if (id === undefined) continue; // no match hooks on, needs, wants or excludes it
    present[id] = sweep;
    keys.push(id);
  }
  const found: Meeting[] = [];
  for (const key of keys) {
    for (const id of anchored[key] ?? []) {
      if (visited[id] === sweep) continue;
      visited[id] = sweep;
      const first = (meetings[id] as Meeting[]).find((m) => present[m.keyId] === sweep);
      if (first && fits(first.test, present, sweep, termCount)) found.push(first);
    }
  }
  found.sort((a, b) => a.rank - b.rank || a.position - b.position);
  const out = found.map((m) => m.match);
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

export function indexedSweep(
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
      if (!couldMatch(m.regs, terms as Term[])) continue;
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
