import os from 'node:os';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintDraft } from '../../src/engine/lint-draft.js';
import { configFor } from '../../src/lint.js';
import { draftsFromText } from '../../src/sources/index.js';
import type { Result } from '../../src/types.js';
import { shortDraft } from './drafts-arbitrary.js';

// A fuzz run over 10,000 generated drafts (realistic fragments mixed with random
// unicode): no draft may crash the engine or produce a malformed result. The
// seed is fixed, so a failure is reproducible; fast-check prints it with the
// shrunk counterexample. Drafts are short to keep the run well under a minute.
const SEED = 8_080_808;
const DRAFTS = 10_000;

describe('fuzz', () => {
  it(`lints ${DRAFTS} generated drafts without a crash or a malformed result (seed ${SEED})`, async () => {
    const config = await configFor('fuzz.txt', { useConfigFiles: false, cwd: os.tmpdir() });
    const defaults = { channel: config.channel, kind: 'reply' as const };
    let withFindings = 0;
    await fc.assert(
      fc.asyncProperty(shortDraft, async (text) => {
        const drafts = draftsFromText('fuzz.txt', text, defaults);
        const results: Result[] = [];
        for (const draft of drafts) results.push(await lintDraft(draft, config.rules));
        expect(results).toHaveLength(1);
        const [result] = results as [Result];
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        for (const f of result.findings) {
          expect(f.internal, f.message).toBeUndefined();
          expect(0 <= f.span.start && f.span.start <= f.span.end).toBe(true);
          expect(f.span.end).toBeLessThanOrEqual(text.length);
        }
        if (result.findings.some((f) => f.severity !== 'info')) withFindings++;
      }),
      { seed: SEED, numRuns: DRAFTS },
    );
    // The drafts are realistic enough for the rules to run and fire on most of them.
    expect(withFindings).toBeGreaterThan(DRAFTS / 2);
  }, 180_000);
});
