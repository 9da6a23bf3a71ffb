// compromise's post-tagger runs a sweep of ~1,000 match rules over every sentence it
// tags. Its stock sweep (`methods.one.bulkMatch`) walks every key of the net's hook
// table for every sentence, i.e. thousands of Set lookups and array copies per
// sentence, and replylint tags sentence by sentence. This sweep looks the other way
// round: it visits only the matches anchored on the sentence's own words and tags (one
// rare need per match) and sorts those that fit by where the stock sweep meets them,
// so it returns exactly the stock sweep's matches, in the same order (bulkTagger
// applies them in that order), for a fraction of the work. Before running a match it
// also checks that the sentence has side by side the words its pattern needs side by
// side (see heldInOrder). The test compares the two.

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
/** A parsed pattern term, as compromise's match parser leaves it (the parts read here). */
interface Reg {
  id?: string;
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  pos?: string;
  choices?: Reg[][];
  operator?: string;
  use?: string;
  fuzzy?: boolean;
  optional?: boolean;
  negative?: boolean;
  greedy?: boolean;
  anything?: boolean;
  min?: number;
  max?: number;
}
/** A tagged term of a sentence (the parts read here). */
interface Term {
  id?: string;
  text: string;
  normal: string;
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
  tags: Set<string>;
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
  rank: number;
  position: number;
  match: NetMatch;
}

/**
 * A net prepared once. Every match string gets a number (the stock sweep dedupes by
 * string), the places it is met in the net's key order, and one anchor: a key every
 * object with that string needs, so a sentence without it cannot fit any of them.
 * A sentence then visits only the strings its own keys anchor (about a third of those
 * its keys reach), and a stamp per number dedupes without building a Set.
 */
interface PreparedNet {
  meetings: Meeting[][];
  anchored: Map<string, number[]>;
  stamps: Uint32Array;
  sweep: number;
}
const preparedNets = new WeakMap<object, PreparedNet>();

function prepare(net: Net): PreparedNet {
  let prepared = preparedNets.get(net.hooks);
  if (!prepared) {
    const numbers = new Map<string, number>();
    const meetings: Meeting[][] = [];
    Object.keys(net.hooks).forEach((key, rank) => {
      (net.hooks[key] ?? []).forEach((match, position) => {
        let id = numbers.get(match.match);
        if (id === undefined) {
          id = numbers.size;
          numbers.set(match.match, id);
          meetings.push([]);
        }
        meetings[id]?.push({ key, rank, position, match });
      });
    });
    const anchored = new Map<string, number[]>();
    const anchor = (key: string, id: number) => {
      const ids = anchored.get(key);
      if (!ids) anchored.set(key, [id]);
      else if (ids[ids.length - 1] !== id) ids.push(id);
    };
    meetings.forEach((met, id) => {
      const key = anchorKey(met, net);
      // No need shared by every object of this string: reach it the stock way, by any key.
      if (key === undefined) for (const m of met) anchor(m.key, id);
      else anchor(key, id);
    });
    prepared = { meetings, anchored, stamps: new Uint32Array(numbers.size), sweep: 0 };
    preparedNets.set(net.hooks, prepared);
  }
  return prepared;
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

/**
 * The stock getHooks + localTrim + always + tooSmall, for one sentence: the matches its
 * keys reach, each as the object first met in key order, kept if it fits, in the order
 * the stock sweep meets them.
 */
function candidates(net: Net, haves: Set<string>, termCount: number): NetMatch[] {
  const prepared = prepare(net);
  // A new stamp per sentence marks the strings seen in it (0 is never a stamp).
  prepared.sweep = prepared.sweep === 0xffffffff ? 1 : prepared.sweep + 1;
  if (prepared.sweep === 1) prepared.stamps.fill(0);
  const { stamps, sweep, meetings, anchored } = prepared;
  const found: Meeting[] = [];
  for (const key of haves) {
    const ids = anchored.get(key);
    if (!ids) continue;
    for (const id of ids) {
      if (stamps[id] === sweep) continue;
      stamps[id] = sweep;
      const first = (meetings[id] as Meeting[]).find((m) => haves.has(m.key));
      if (first && fits(first.match, haves, termCount)) found.push(first);
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
      if (!heldInOrder(m.regs, terms as Term[])) continue;
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

/**
 * Whether a tagged sentence could hold a parsed pattern, judged by its pairs of one-word
 * terms (see oneWordPairs): each pair needs a word that may fit its first term right
 * before one that may fit its second. Most of the post-tagger's matches that fit a
 * sentence's words and tags fail on their order: on 500 bench drafts this turns away
 * 53,500 of the 82,900 runs of compromise's matcher (72,400 of which found nothing),
 * each for a fraction of what the matcher spends on it. It never turns away a pattern
 * the matcher would match (the tests check on the fixtures and bench drafts).
 * (replylint's own patterns gain nothing from it: their word pairs are checked before
 * tagging, see adjacent-words.ts, and their other pairs hold optional terms.)
 */
export function heldInOrder(regs: readonly Reg[] | undefined, terms: readonly Term[]): boolean {
  if (regs === undefined) return true;
  let pairs = pairsOf.get(regs);
  if (pairs === undefined) {
    pairs = oneWordPairs(regs);
    pairsOf.set(regs, pairs);
  }
  for (const [first, second] of pairs) {
    let held = false;
    for (let i = 0; i + 1 < terms.length && !held; i++) {
      const here = terms[i] as Term;
      const next = terms[i + 1] as Term;
      if (!mayFit(here, first)) continue;
      // After the first word of a contraction ("we" of "we've"), compromise's matcher
      // may skip the implied word ("have").
      held =
        mayFit(next, second) ||
        (here.implicit !== undefined &&
          next.implicit !== undefined &&
          i + 2 < terms.length &&
          mayFit(terms[i + 2] as Term, second));
    }
    if (!held) return false;
  }
  return true;
}

const pairsOf = new WeakMap<readonly Reg[], Array<[Reg, Reg]>>();

/**
 * Consecutive terms of a pattern that each take exactly one word of the sentence (a
 * word, a #Tag, a (a|b) of single words or tags) and are neither optional, negative nor
 * repeated: a match puts what fits them side by side.
 */
function oneWordPairs(regs: readonly Reg[]): Array<[Reg, Reg]> {
  const pairs: Array<[Reg, Reg]> = [];
  for (let k = 0; k + 1 < regs.length; k++) {
    const [first, second] = [regs[k] as Reg, regs[k + 1] as Reg];
    if (takesOneWord(first) && takesOneWord(second)) pairs.push([first, second]);
  }
  return pairs;
}

function takesOneWord(reg: Reg): boolean {
  if (reg.optional || reg.negative || reg.greedy || reg.anything || reg.fuzzy) return false;
  if (reg.min !== undefined || reg.max !== undefined) return false;
  if (reg.choices !== undefined) {
    return (
      reg.operator === 'or' &&
      reg.choices.every((choice) => choice.length === 1 && !choice[0]?.greedy)
    );
  }
  return reg.word !== undefined || reg.tag !== undefined || reg.fastOr !== undefined;
}

/**
 * Whether a term may fit a one-word pattern term: compromise's own term test
 * (doesMatch) for words, tags and (a|b) lists, and "may" for anything it does not model.
 */
function mayFit(term: Term, reg: Reg): boolean {
  if (reg.choices !== undefined) return reg.choices.some((choice) => mayFitTerm(term, choice[0]));
  return mayFitTerm(term, reg);
}

function mayFitTerm(term: Term, reg: Reg | undefined): boolean {
  if (reg === undefined || reg.choices !== undefined) return true;
  if (reg.id !== undefined && reg.id === term.id) return true;
  if (reg.word !== undefined) {
    if (reg.use !== undefined || reg.fuzzy) return true;
    const word = reg.word;
    return (
      term.machine === word ||
      term.normal === word ||
      term.text === word ||
      (term.alias?.includes(word) ?? false)
    );
  }
  if (reg.tag !== undefined) return term.tags.has(reg.tag);
  if (reg.fastOr !== undefined) {
    if (reg.pos !== undefined && !term.tags.has(reg.pos)) return false;
    const form = term.root || term.implicit || term.machine || term.normal;
    return reg.fastOr.has(form) || reg.fastOr.has(term.text);
  }
  return true;
}

/** Replaces compromise's sweep with the indexed one (once per loaded library). */
export function installIndexedSweep(methods: SweepMethods): void {
  methods.one.bulkMatch = indexedSweep;
}
