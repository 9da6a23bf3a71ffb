import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { globMatches, relativeInside } from '../../src/config/globs.js';

describe('globMatches', () => {
  it.each([
    // No slash: the file's name, in any folder (as in ESLint).
    ['*.md', 'replies/refund.md', true],
    ['*.md', 'refund.txt', false],
    // A slash: the path from the config's folder; "./" is that folder.
    ['macros/*.json', 'macros/zendesk.json', true],
    ['macros/*.json', 'old/macros/zendesk.json', false],
    ['./macros/*.json', 'macros/zendesk.json', true],
    ['**/*.html', 'a/b/c.html', true],
    ['*.md', '.github/reply.md', true],
  ])('%s matches %s: %s', (glob, relative, expected) => {
    expect(globMatches(glob)(relative)).toBe(expected);
  });

  it('compiles each glob once', () => {
    expect(globMatches('templates/**')).toBe(globMatches('templates/**'));
  });
});

describe('relativeInside', () => {
  const dir = path.resolve('/repo/support');
  it.each([
    [path.join(dir, 'macros', 'a.md'), 'macros/a.md'],
    [path.join(dir, '..notes.md'), '..notes.md'],
    [path.resolve('/repo/other/a.md'), undefined],
    [path.resolve('/repo'), undefined],
  ])('%s → %s', (absolute, expected) => {
    expect(relativeInside(dir, absolute)).toBe(expected);
  });
});
