import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { tmpTree } from './helpers/tmp.js';

const SHOUTY = 'Hi Dana,\nThanks for waiting!!! I refunded the order today.\n';

describe('lint() from another directory than the process', () => {
  it('reads and fixes relative paths against its cwd option', async () => {
    const root = tmpTree({ '.git/HEAD': '', 'drafts/shouty.txt': SHOUTY });
    expect(path.resolve('drafts/shouty.txt')).not.toBe(path.join(root, 'drafts/shouty.txt'));
    const report = await lint({ files: ['drafts/shouty.txt'], cwd: root, fix: true });
    expect(report.errors).toEqual([]);
    expect(report.results.map((r) => r.file)).toEqual(['drafts/shouty.txt']);
    expect(report.fixes?.[0]?.applied.length).toBeGreaterThan(0);
    expect(readFileSync(path.join(root, 'drafts/shouty.txt'), 'utf8')).toBe(
      'Hi Dana,\nThanks for waiting! I refunded the order today.\n',
    );
  });
});
