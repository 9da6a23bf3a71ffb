import type { Draft, Result } from '../types.js';

/** A replacement in the source file, from one finding's fix. */
export interface SourceEdit {
  start: number;
  end: number;
  text: string;
  ruleId: string;
  /** Which draft of the file it came from, and where in that draft's text. */
  draft: number;
  draftStart: number;
  draftEnd: number;
}

export interface CollectedEdits {
  edits: SourceEdit[];
  /** Fixes that could not be mapped safely to the source (escapes inside the span). */
  unsafe: number;
}

/**
 * The fixes of a file's findings as source edits, through each draft's origin
 * map (never by searching text). Only fixes whose span is a verbatim copy of
 * the source are kept: a span that crosses an escape (`\n` in a JSON string, an
 * HTML entity) cannot be rewritten without knowing the escape, so it is skipped.
 * Overlapping edits keep the first; `results[i]` belongs to `drafts[i]`.
 */
export function collectEdits(drafts: readonly Draft[], results: readonly Result[]): CollectedEdits {
  const edits: SourceEdit[] = [];
  let unsafe = 0;
  results.forEach((result, i) => {
    const draft = drafts[i];
    if (!draft) return;
    const eol = lineEnding(draft.origin.source);
    for (const f of result.findings) {
      if (!f.fix) continue;
      const { span } = f.fix;
      const start = draft.origin.sourceOffset(span.start);
      const end = draft.origin.sourceOffset(span.end);
      if (!isVerbatim(draft, span.start, span.end, start, end)) {
        unsafe++;
        continue;
      }
      edits.push({
        start,
        end,
        text: f.fix.text.replace(/\r\n|\r|\n/g, eol),
        ruleId: f.ruleId,
        draft: i,
        draftStart: span.start,
        draftEnd: span.end,
      });
    }
  });
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: SourceEdit[] = [];
  for (const edit of edits) {
    const previous = kept[kept.length - 1];
    if (previous && edit.start < previous.end) continue;
    if (previous && edit.start === previous.end && edit.start === edit.end) continue;
    kept.push(edit);
  }
  return { edits: kept, unsafe };
}

/** Applies non-overlapping edits, sorted by start, to a text. */
export function applyEdits(
  text: string,
  edits: ReadonlyArray<{ start: number; end: number; text: string }>,
): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

function isVerbatim(
  draft: Draft,
  textStart: number,
  textEnd: number,
  sourceStart: number,
  sourceEnd: number,
): boolean {
  if (textEnd < textStart || sourceEnd - sourceStart !== textEnd - textStart) return false;
  const { source } = draft.origin;
  for (let k = 0; k < textEnd - textStart; k++) {
    if (source.charCodeAt(sourceStart + k) !== draft.text.charCodeAt(textStart + k)) return false;
  }
  return true;
}

/** The file's line ending, so a fix that adds a line break keeps the file's style. */
export function lineEnding(text: string): string {
  const m = /\r\n|\r|\n/.exec(text);
  return m ? m[0] : '\n';
}
