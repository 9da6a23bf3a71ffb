// compromise is the expensive dependency (~0.15–0.3 s to load): it is imported
// only when the first draft needs analysis, never for --help, --version or `rules`.
import type nlpDefault from 'compromise';
import { installIndexedSweep } from './indexed-sweep.js';

export type Nlp = typeof nlpDefault;
/** A compromise term, as found in `view.docs`. */
export interface NlpTerm {
  id?: string;
  text: string;
  pre: string;
  post: string;
  normal: string;
  machine?: string;
  implicit?: string;
  /** Set by compromise's root computation (null when it has none). */
  root?: string | null;
  alias?: string[];
  tags?: Set<string>;
  offset?: { start: number; length: number };
}
/** The parts of a compromise View that the analysis uses. */
export interface NlpView {
  docs: NlpTerm[][];
  ptrs: Array<[number, number, number, ...unknown[]]>;
  compute(method: string | string[]): NlpView;
  eq(n: number): NlpView;
  update(pointers: unknown[]): NlpView;
  sweep(
    net: unknown,
    options?: { tagger?: boolean },
  ): { view: NlpView; found: Array<{ id?: string; view: NlpView }> };
}

let loaded: Nlp | undefined;

export async function loadNlp(): Promise<Nlp> {
  if (!loaded) {
    const library = (await import('compromise')).default;
    // REPLYLINT_PLAIN_SWEEP=1 keeps compromise's own sweep (the same-answers test compares).
    if (!process.env.REPLYLINT_PLAIN_SWEEP) installIndexedSweep(library.methods() as never);
    loaded = library;
  }
  return loaded;
}

/** Whether this process has analysed a draft (and so would gain from a snapshot). */
export function nlpLoaded(): boolean {
  return loaded !== undefined;
}

/** The loaded library; analysis code runs after loadNlp() resolved. */
export function nlp(): Nlp {
  if (!loaded) throw new Error('internal: compromise used before loadNlp()');
  return loaded;
}

/** Hooks that tag a tokenized document (everything nlp() runs beyond nlp.tokenize()). */
export function taggerHooks(): string[] {
  const tokenizeOnly = new Set([
    'alias',
    'normal',
    'machine',
    'index',
    'id',
    'freeze',
    'cache',
    'offset',
  ]);
  return (nlp().hooks() as string[]).filter((hook) => !tokenizeOnly.has(hook));
}
