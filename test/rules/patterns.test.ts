import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { patternProblems } from '../../src/analysis/pattern-check.js';

// compromise accepts these patterns silently but can never match part of them.
const dir = path.join(import.meta.dirname, '../../rules');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe.each(files)('%s', (file) => {
  it('has no pattern that compromise would silently half-match', () => {
    const def = parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
    const problems = ['patterns', 'unless'].flatMap((key) =>
      ((def[key] as string[] | undefined) ?? []).flatMap((p) =>
        def.kind === 'pattern' ? patternProblems(p).map((problem) => `${key}: ${problem}`) : [],
      ),
    );
    expect(problems).toEqual([]);
  });
});
