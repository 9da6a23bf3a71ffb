import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';
import { findings, matches } from './helpers.js';

describe('shouting', () => {
  it('fixes a run of marks to a single one', async () => {
    const [finding] = await findings('shouting', 'We have refunded it!!! Did it arrive???');
    expect(finding?.fix).toEqual({ span: { start: 19, end: 22 }, text: '!' });
    expect(await matches('shouting', 'We have refunded it!!! Did it arrive???')).toEqual([
      { excerpt: '!!!', suggestions: ['!'], fix: '!' },
      { excerpt: '???', suggestions: ['?'], fix: '?' },
    ]);
    expect(await matches('shouting', 'Really?!?')).toEqual([
      { excerpt: '?!?', suggestions: ['?'], fix: '?' },
    ]);
  });

  it('reports a run of capitals once, with plain case as a suggestion and never a fix', async () => {
    expect(await matches('shouting', 'Please DO NOT reply to this email.')).toEqual([
      { excerpt: 'DO NOT', suggestions: ['do not'] },
    ]);
    expect(await matches('shouting', 'CANNOT is the answer.')).toEqual([
      { excerpt: 'CANNOT', suggestions: ['Cannot'] },
    ]);
  });

  it('leaves acronyms, codes, handles and agent initials alone', async () => {
    for (const text of [
      'See the FAQ, the PDF and your ID.',
      'Order AB-12345 ships to the USA today.',
      'Unplug the COAX from the back of the router.',
      'DM us at @AcmeHelp. ^JB',
      'Thanks, TY - Chris',
      'Export the SVG from AI CC 2018.',
    ]) {
      expect(await matches('shouting', text), text).toEqual([]);
    }
  });

  it('--fix turns a run of marks into one and leaves capitals to the writer', () => {
    const cwd = tmpTree({ 'draft.txt': 'We CANNOT refund it!!! Sorry???\n' });
    const run = runCli(['--no-config', '--fix', 'draft.txt'], { cwd });
    expect(readFileSync(path.join(cwd, 'draft.txt'), 'utf8')).toBe('We CANNOT refund it! Sorry?\n');
    expect(run.stdout).toMatch(/CANNOT/);
  });
});
