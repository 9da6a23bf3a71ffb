// compromise's post-tagger runs a sweep of ~1,000 match rules over every sentence it
// tags. Its stock sweep (`methods.one.bulkMatch`) walks every key of the net's hook
// table for every sentence, i.e. thousands of Set lookups and array copies per
// sentence, and replylint tags sentence by sentence. This sweep looks the other way
// round: it visits only the matches anchored on the sentence's own words and tags (one
// rare need per match) and sorts those that fit by where the stock sweep meets them,
// so it returns exactly the stock sweep's matches, in the same order (bulkTagger
// applies them in that order), for a fraction of the work. Before running a match it
// also walks the match's pattern over the sentence's words cheaply (see couldMatch).
// The test compares the two.
import type { NlpTerm as Term } from './nlp.js';
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

/**
 * Whether a tagged sentence could hold a parsed pattern: a cheap walk of the pattern's
 * terms over the sentence, keeping every place the match could have reached, where each
 * term either may fit the next word(s) or (if optional) is skipped. It lets through more
 * than compromise's matcher matches (it tries every way, never rules a word out on
 * anything it does not model, and stops judging at a term it does not model, such as a
 * repeated one), so it never turns away a pattern the matcher would match (the tests
 * check). Most of the post-tagger's matches that fit a sentence's words and tags fail
 * on their order: on 500 bench drafts, compromise's matcher ran 82,900 times and found
 * nothing 72,400 times; this turns away 65,500 of those runs (6,800 still find nothing),
 * each for a fraction of what the matcher spends on it. Reply.match uses it for
 * replylint's own patterns too: 18,240 runs become 10,294, and those finding nothing
 * 8,267 become 321.
 */
export function couldMatch(regs: readonly Reg[] | undefined, terms: readonly Term[]): boolean {
  if (regs === undefined || regs.length === 0) return true;
  let steps = stepsOf.get(regs);
  if (steps === undefined) {
    steps = regs.map(stepOf);
    stepsOf.set(regs, steps);
  }
  // Where the next term of the pattern may start: a match starts at any word (at the
  // first, for ^).
  let at: number[] = [];
  for (let p = 0; p < (regs[0]?.start ? 1 : terms.length); p++) at.push(p);
  for (let r = 0; r < regs.length; r++) {
    const step = steps[r] as Step | undefined;
    const reg = regs[r] as Reg;
    if (step === undefined) return true; // not modelled: no judgement from here on
    const next: number[] = reg.optional ? [...at] : [];
    for (const p of at) step(reg, terms, p, next);
    if (next.length === 0) return false;
    at = next;
  }
  return true;
}

/** Adds to `out` each place after the words a pattern term may take from place `p`. */
type Step = (reg: Reg, terms: readonly Term[], p: number, out: number[]) => void;
const stepsOf = new WeakMap<readonly Reg[], Array<Step | undefined>>();

const add = (out: number[], q: number) => {
  if (!out.includes(q)) out.push(q);
};

/** How compromise's matcher moves over the sentence for a term, or undefined if not modelled. */
function stepOf(reg: Reg): Step | undefined {
  if (reg.greedy || reg.min !== undefined || reg.max !== undefined) return undefined;
  if (reg.negative) return reg.optional ? undefined : anyWord;
  if (reg.anything) return anyWord;
  if (reg.choices !== undefined) {
    const simple = reg.choices.every((c) => Array.isArray(c) && c.every((r) => !r.greedy));
    if (!simple) return undefined;
    if (reg.operator === 'or') return oneOfSequences;
    if (reg.operator === 'and') return allOfSequences;
    return undefined;
  }
  return oneWord;
}

/** Any one word ("." or a !negation). */
const anyWord: Step = (_reg, terms, p, out) => {
  if (p < terms.length) add(out, p + 1);
};

/**
 * One word that may fit: a word, #Tag, (a|b) list and the like. After the first word of a
 * contraction ("we" of "we've"), compromise's matcher may also step over the implied word.
 */
const oneWord: Step = (reg, terms, p, out) => {
  const term = terms[p];
  if (term === undefined || !mayFit(term, reg)) return;
  add(out, p + 1);
  if (
    term.implicit !== undefined &&
    terms[p + 1]?.implicit !== undefined &&
    p + 2 <= terms.length
  ) {
    add(out, p + 2);
  }
};

/** (a b|c): the words of any alternative, each word fitting in turn. */
const oneOfSequences: Step = (reg, terms, p, out) => {
  for (const choice of reg.choices ?? []) {
    if (sequenceFits(choice, terms, p)) add(out, p + choice.length);
  }
};

/** (a && #Noun): every alternative fits from here; takes the longest. */
const allOfSequences: Step = (reg, terms, p, out) => {
  const choices = reg.choices ?? [];
  if (choices.every((choice) => sequenceFits(choice, terms, p))) {
    add(out, p + Math.max(...choices.map((choice) => choice.length)));
  }
};

function sequenceFits(choice: readonly Reg[], terms: readonly Term[], p: number): boolean {
  if (p + choice.length > terms.length) return false;
  return choice.every((reg, j) => mayFit(terms[p + j] as Term, reg));
}

/**
 * Whether a word may fit a pattern term: compromise's own test (doesMatch) for words,
 * #Tags and (a|b) lists of words; true for whatever else it tests (regexes, methods,
 * negations…).
 */
function mayFit(term: Term, reg: Reg): boolean {
  // A negated word inside (a && !b): not modelled.
  if (reg.negative) return true;
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
  if (reg.tag !== undefined) return term.tags?.has(reg.tag) === true;
  if (reg.fastOr !== undefined) {
    if (reg.pos !== undefined && term.tags?.has(reg.pos) !== true) return false;
    const form = term.root || term.implicit || term.machine || term.normal;
    return reg.fastOr.has(form) || reg.fastOr.has(term.text);
  }
  return true;
}

/** Replaces compromise's sweep with the indexed one (once per loaded library). */
export function installIndexedSweep(methods: SweepMethods): void {
  methods.one.bulkMatch = indexedSweep;
}
