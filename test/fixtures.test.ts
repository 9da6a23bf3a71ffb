import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bandOf } from '../src/engine/score.js';
import { ROOT, runJson } from './helpers/cli.js';

interface Row {
  file: string;
  channel: string;
  name?: string;
  context?: string;
  expect: string[];
  band: string;
}

const dir = path.join(ROOT, 'fixtures/drafts');
const rows = parse(readFileSync(path.join(dir, 'manifest.yaml'), 'utf8')) as Row[];

describe('fixtures/drafts (table-driven: expected rules and score band)', () => {
  it.each(rows.map((r) => [r.file, r] as const))('%s', (_file, row) => {
    const args = ['--no-config', '--channel', row.channel];
    if (row.name) args.push('--name', row.name);
    if (row.context) args.push('--context', path.join(dir, row.context));
    const { json } = runJson([...args, path.join(dir, row.file)]);
    const [result] = json.results;
    const fired = [...new Set(result.findings.map((f: { ruleId: string }) => f.ruleId))].sort();
    expect(fired).toEqual([...row.expect].sort());
    expect(bandOf(result.score)).toBe(row.band);
  });
});
