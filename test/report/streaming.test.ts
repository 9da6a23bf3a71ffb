// Streamed output (stylish, compact, github print each file as it is done) is
// exactly the formatter's whole output, piece by piece.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { FORMATTERS, type FormatOptions, STREAMING_FORMATTERS } from '../../src/report/index.js';
import type { FormatName } from '../../src/report/names.js';
import { ROOT } from '../helpers/cli.js';

describe('streaming formatters', async () => {
  const report = await lint({
    files: [path.join(ROOT, 'fixtures/drafts')],
    cwd: ROOT,
    useConfigFiles: false,
    errorOnUnmatchedPattern: false,
    concurrency: 1,
    timeout: 0,
  });
  report.errors.push({ file: 'missing.txt', message: 'no such file' });
  const options: FormatOptions = { color: false, cwd: ROOT };

  for (const [name, streaming] of Object.entries(STREAMING_FORMATTERS)) {
    it(`${name}: the pieces and the end make the whole report`, () => {
      expect(report.results.length).toBeGreaterThan(10);
      const pieces = report.results.map((r) => streaming.results([r], options)).join('');
      expect(pieces + streaming.end(report, options)).toBe(
        FORMATTERS[name as FormatName](report, options),
      );
    });
  }
});
