import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_RULES } from '../rules/index.js';
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
/** A reply that follows the method may still miss a listen or clarity nudge, never these. */
const METHOD_CATEGORIES = new Set(['tone', 'empathy', 'resolve']);
const categoryOf = new Map(BUILTIN_RULES.map((r) => [r.id, r.category]));

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
    if (row.file.includes('-good-')) {
      expect(
        fired.filter((id) => METHOD_CATEGORIES.has(categoryOf.get(id as string) ?? '')),
      ).toEqual([]);
      expect(result.score).toBeGreaterThanOrEqual(85);
    }
    expect(result.customer !== undefined).toBe(row.context !== undefined);
  });
});

describe('fixtures/drafts/manifest.yaml', () => {
  it('has a row for every draft, and at least 40 drafts across the four channels', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(rows.map((r) => r.file).sort()).toEqual(files.sort());
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((r) => r.channel))).toEqual(
      new Set(['email', 'chat', 'social', 'sms']),
    );
  });

  it('gives the customer message for at least half of the drafts', () => {
    expect(rows.filter((r) => r.context).length * 2).toBeGreaterThanOrEqual(rows.length);
  });
});
