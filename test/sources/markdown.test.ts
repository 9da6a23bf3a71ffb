import { describe, expect, it } from 'vitest';
import { draftsFromText } from '../../src/sources/index.js';

const md = [
  '---',
  'title: Late order',
  'template: true',
  'replylint-disable: [no-name]',
  '---',
  '# Per our policy heading',
  '',
  'Hi Dana, see [the policy page](https://x.example/per-our-policy) and `per our policy`.',
  '',
  '```',
  'Per our policy, code.',
  '```',
  '',
  '![per our policy](img.png) <https://per-our-policy.example>',
  '',
  'Sorry \\*really\\* sorry. Per our policy, no.',
].join('\n');

describe('Markdown', () => {
  const [draft] = draftsFromText('late.md', md, { channel: 'email', kind: 'reply' });

  it('keeps prose only, at its own offsets', () => {
    const text = draft?.text ?? '';
    expect(text).toHaveLength(md.length);
    expect(text).not.toMatch(/https|img\.png|code|title:/);
    expect(text.match(/Per our policy/g)).toHaveLength(2);
    expect(text).toContain('see  the policy page ');
    // A backslash escape shows only the character it escapes.
    expect(text).toContain('Sorry  *really * sorry.');
    const last = text.lastIndexOf('Per our policy');
    expect(draft?.origin.lines.locate(draft.origin.sourceOffset(last))).toEqual({
      line: 16,
      column: 25,
    });
  });

  it('reads front matter: title, template, replylint-disable', () => {
    expect(draft).toMatchObject({
      title: 'Late order',
      kind: 'template',
      disabledRules: ['no-name'],
    });
  });
});
