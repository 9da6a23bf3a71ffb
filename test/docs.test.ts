import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../rules/index.js';
import { renderReadme, rulesTable } from '../scripts/docs.mjs';
import { ROOT } from './helpers/cli.js';

describe('README.md (generated blocks)', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  it('matches the rule files and the real quick-start output (run `npm run docs`)', () => {
    expect(renderReadme(readme)).toBe(readme);
  });

  it('lists every rule in the table', () => {
    const table = rulesTable();
    for (const rule of BUILTIN_RULES) expect(table).toContain(`\`${rule.id}\``);
  });
});
