import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { tmpTree } from '../helpers/tmp.js';

async function lintWith(config: string, text: string) {
  const cwd = tmpTree({ '.replylintrc.yaml': config, 'package.json': '{}' });
  const [result] = await lintText(text, { cwd, file: `${cwd}/draft.txt` });
  // Only the two rules the allow-lists target; others (no-thanks, …) may fire on the sample too.
  return (result?.findings ?? [])
    .map((f) => f.ruleId)
    .filter((id) => id === 'cites-policy' || id === 'blames-customer');
}

const TEXT = 'Hi Dana,\nPer our policy, no refunds. You should have read the manual.';

describe('allow-lists', () => {
  it('a global phrase drops findings inside it, whatever the case', async () => {
    expect(await lintWith('allow: ["per OUR policy"]', TEXT)).toEqual(['blames-customer']);
  });

  it('a per-rule phrase only drops that rule', async () => {
    expect(await lintWith('allow:\n  blames-customer: ["per our policy"]', TEXT)).toEqual([
      'cites-policy',
      'blames-customer',
    ]);
    expect(await lintWith('allow:\n  cites-policy: ["per our policy"]', TEXT)).toEqual([
      'blames-customer',
    ]);
  });

  it('a phrase that covers only part of the match does not drop it', async () => {
    expect(await lintWith('allow: ["policy"]', TEXT)).toEqual(['cites-policy', 'blames-customer']);
  });

  it('a longer allowed phrase around the match drops it', async () => {
    expect(await lintWith('allow: ["you should have read the manual"]', TEXT)).toEqual([
      'cites-policy',
    ]);
  });

  it('rejects an unknown rule or a phrase without words, naming the key', async () => {
    await expect(lintWith('allow:\n  cites-polcy: [x]', TEXT)).rejects.toThrow(
      /\.replylintrc\.yaml:2:3: unknown rule "cites-polcy" \(did you mean "cites-policy"\?\)/,
    );
    await expect(lintWith('allow: ["!!!"]', TEXT)).rejects.toThrow(
      /allowed phrase "!!!" has no words/,
    );
  });
});
