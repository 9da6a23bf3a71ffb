import os from 'node:os';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EffectiveConfig } from '../../src/config/resolve.js';
import { lintDraft } from '../../src/engine/lint-draft.js';
import { fixSource } from '../../src/fix/fix-source.js';
import { configFor, lintText } from '../../src/lint.js';
import { draftsFromText } from '../../src/sources/index.js';
import type { Draft, Result } from '../../src/types.js';
import { anyDraft, lineColumnOf } from './drafts-arbitrary.js';

// Properties of the engine that must hold for any text at all. Each runs with
// a fixed seed, so a failure is reproducible: fast-check prints the seed, the
// path and the shrunk counterexample.
const SEED = 20_261_123;
const RUNS = 250;
const OPTIONS = { useConfigFiles: false, cwd: os.tmpdir() };

function expectWellFormed(text: string, results: Result[]): void {
  expect(results).toHaveLength(1);
  const [result] = results as [Result];
  expect(Number.isInteger(result.score)).toBe(true);
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(100);
  for (const f of result.findings) {
    expect(f.span.start).toBeGreaterThanOrEqual(0);
    expect(f.span.start).toBeLessThanOrEqual(f.span.end);
    expect(f.span.end).toBeLessThanOrEqual(text.length);
    expect({ line: f.line, column: f.column }).toEqual(lineColumnOf(text, f.span.start));
    expect({ line: f.endLine, column: f.endColumn }).toEqual(lineColumnOf(text, f.span.end));
    if (f.fix) {
      expect(f.fix.span.start).toBeGreaterThanOrEqual(0);
      expect(f.fix.span.end).toBeLessThanOrEqual(text.length);
    }
  }
}

describe('engine properties (fast-check)', () => {
  it(`lintText never throws; spans lie in the text, with matching line/column; score in [0, 100] (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(anyDraft, async (text) => {
        expectWellFormed(text, await lintText(text, OPTIONS));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`linting is deterministic (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(anyDraft, async (text) => {
        const first = JSON.stringify(await lintText(text, OPTIONS));
        expect(JSON.stringify(await lintText(text, OPTIONS))).toBe(first);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  describe('--fix', () => {
    let config: EffectiveConfig;
    beforeAll(async () => {
      config = await configFor('draft.txt', OPTIONS);
    });
    const extract = (text: string): Draft[] =>
      draftsFromText('draft.txt', text, { channel: config.channel, kind: 'reply' });
    const lintAll = async (drafts: Draft[]) => {
      const out: Result[] = [];
      for (const d of drafts) out.push(await lintDraft(d, config.rules));
      return out;
    };
    const fix = async (text: string, lint = lintAll) => {
      const drafts = extract(text);
      return fixSource({ source: text, drafts, results: await lintAll(drafts), extract, lint });
    };

    it(`is idempotent: fixing a fixed text changes nothing (seed ${SEED})`, async () => {
      await fc.assert(
        fc.asyncProperty(anyDraft, async (text) => {
          const once = await fix(text);
          const twice = await fix(once.source);
          expect(twice.applied).toEqual([]);
          expect(twice.source).toBe(once.source);
        }),
        { seed: SEED + 2, numRuns: RUNS },
      );
    });

    it(`changes nothing outside the spans of fixable findings (seed ${SEED})`, async () => {
      // One pass only (the re-lint finds nothing), so the spans of the first lint are the edits.
      const onePass = async (drafts: Draft[]) => (await lintAll(drafts)).map(withoutFindings);
      await fc.assert(
        fc.asyncProperty(anyDraft, async (text) => {
          const [result] = await lintAll(extract(text));
          const spans = (result?.findings ?? [])
            .flatMap((f) => (f.fix ? [f.fix] : []))
            .sort((a, b) => a.span.start - b.span.start);
          const fixed = (await fix(text, onePass)).source;
          // Walk both texts: between fix spans the text is the same; each span holds its fix or is untouched.
          let at = 0;
          let previousEnd = 0;
          for (const { span, text: replacement } of spans) {
            if (span.start < previousEnd) continue; // overlapping fixes are never both applied
            const gap = text.slice(previousEnd, span.start);
            expect(fixed.startsWith(gap, at)).toBe(true);
            at += gap.length;
            const original = text.slice(span.start, span.end);
            if (fixed.startsWith(replacement, at) && replacement !== original)
              at += replacement.length;
            else {
              expect(fixed.startsWith(original, at)).toBe(true);
              at += original.length;
            }
            previousEnd = span.end;
          }
          expect(fixed.slice(at)).toBe(text.slice(previousEnd));
        }),
        { seed: SEED + 3, numRuns: RUNS },
      );
    });

    it('has something to fix in the generated drafts (the properties above are not vacuous)', async () => {
      const samples = fc.sample(anyDraft, { seed: SEED + 3, numRuns: RUNS });
      let fixed = 0;
      for (const text of samples) if ((await fix(text)).applied.length) fixed++;
      expect(fixed).toBeGreaterThan(10);
    });
  });
});

function withoutFindings(result: Result): Result {
  return { ...result, findings: [] };
}
