import type { Draft, Result } from '../types.js';
import { applyEdits, collectEdits, type SourceEdit } from './edits.js';

/** A change --fix made (or would make). Position is in the file before that pass. */
export interface AppliedFix {
  ruleId: string;
  line: number;
  column: number;
  from: string;
  to: string;
}

export interface FixOutcome {
  /** The fixed source (the original when nothing applied). */
  source: string;
  drafts: Draft[];
  /** The lint results of the fixed source. */
  results: Result[];
  applied: AppliedFix[];
  /** Fixes left out because they could not be applied safely. */
  skipped: number;
}

export interface FixInput {
  source: string;
  drafts: Draft[];
  results: Result[];
  /** Extracts drafts from a (fixed) source, as the file's format does. */
  extract(source: string): Draft[];
  /** Lints drafts with the file's config. */
  lint(drafts: Draft[]): Promise<Result[]>;
}

const MAX_PASSES = 10;

/**
 * Applies the fixes of fixable rules to a file's source, re-lints, and repeats
 * while fixes remain (a fix can reveal another), at most ten passes. Each pass
 * is checked by extracting the drafts again: every draft must read exactly as
 * its text with the fixes applied, or the pass is dropped. Writes nothing.
 */
export async function fixSource(input: FixInput): Promise<FixOutcome> {
  let { source, drafts, results } = input;
  const applied: AppliedFix[] = [];
  let skipped = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { edits, unsafe } = collectEdits(drafts, results);
    if (pass === 0) skipped += unsafe;
    if (edits.length === 0) break;
    const fixed = applyEdits(source, edits);
    const fixedDrafts = verified(input.extract, fixed, drafts, edits);
    if (!fixedDrafts) {
      skipped += edits.length;
      break;
    }
    applied.push(...edits.map((e) => describe(source, drafts[e.draft] as Draft, e)));
    source = fixed;
    drafts = fixedDrafts;
    results = await input.lint(drafts);
  }
  return { source, drafts, results, applied, skipped };
}

/** The drafts of the fixed source, if each reads as its old text with its edits applied. */
function verified(
  extract: (source: string) => Draft[],
  fixed: string,
  before: readonly Draft[],
  edits: readonly SourceEdit[],
): Draft[] | undefined {
  let after: Draft[];
  try {
    after = extract(fixed);
  } catch {
    return undefined;
  }
  if (after.length !== before.length) return undefined;
  for (let i = 0; i < before.length; i++) {
    const own = edits
      .filter((e) => e.draft === i)
      .map((e) => ({ start: e.draftStart, end: e.draftEnd, text: e.text }));
    const expected = applyEdits((before[i] as Draft).text, own);
    if (after[i]?.text !== expected || after[i]?.title !== before[i]?.title) return undefined;
  }
  return after;
}

function describe(source: string, draft: Draft, e: SourceEdit): AppliedFix {
  const at = draft.origin.lines.locate(e.start);
  return {
    ruleId: e.ruleId,
    line: at.line,
    column: at.column,
    from: source.slice(e.start, e.end),
    to: e.text,
  };
}
