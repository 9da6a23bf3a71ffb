import { describe, expect, it } from 'vitest';
import { nlpLoaded } from '../src/analysis/nlp.js';
import { lint } from '../src/lint.js';
import { tmpTree } from './helpers/tmp.js';

describe('lintFile', () => {
  it('loads compromise only for a draft the rules are run on', async () => {
    const root = tmpTree({
      '.git/HEAD': '',
      'empty.txt': '  \n',
      'spanish.txt':
        'Hola Dana, lamentamos mucho el retraso de su pedido. Le devolvimos el dinero hoy.',
      'english.txt': 'Hi Dana, thanks for writing. I refunded the order today.',
    });
    const unchecked = await lint({ files: ['empty.txt', 'spanish.txt'], cwd: root });
    expect(unchecked.results.map((r) => r.findings.map((f) => f.ruleId))).toEqual([
      ['empty-draft'],
      ['not-english'],
    ]);
    expect(nlpLoaded()).toBe(false);

    await lint({ files: ['english.txt'], cwd: root });
    expect(nlpLoaded()).toBe(true);
  });
});
