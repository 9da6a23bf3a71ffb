import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/sources/html.js';
import { draftsFromText } from '../../src/sources/index.js';

const at = (html: string, word: string) => {
  const r = htmlToText(html);
  return r.mapped.offsets[r.mapped.text.indexOf(word)];
};

describe('HTML to text', () => {
  it('drops tags, decodes entities, collapses whitespace and breaks blocks', () => {
    const html =
      '<div>Hi caf&eacute; &amp; Dana,</div><div><br></div><p>Thanks   for\n  waiting <b>Dana</b>&nbsp;x.</p><p>Best,<br>Sam</p>';
    const { mapped } = htmlToText(html);
    expect(mapped.text.trimEnd()).toBe(
      'Hi café & Dana,\n\nThanks for waiting Dana x.\n\nBest,\nSam',
    );
  });

  it('maps text to the source, and entities to their "&"', () => {
    const html = '<p>I&rsquo;m sorry. Per our policy, no.</p>';
    expect(at(html, 'Per our')).toBe(html.indexOf('Per our'));
    expect(at(html, '’')).toBe(html.indexOf('&rsquo;'));
  });

  it('skips script, style, head and code; sets quoted history aside', () => {
    const html =
      '<head><title>T</title><style>p{}</style></head><p>Fixed <code>rm -rf</code> today.</p><script>x()</script>' +
      '<div class="gmail_quote">On Mon, Dana wrote:<br><blockquote>Where is it?</blockquote></div>';
    const r = htmlToText(html);
    expect(r.mapped.text.trim()).toBe('Fixed today.');
    expect(r.quoted).toMatch(/^On Mon, Dana wrote:\s+Where is it\?$/);
  });

  it('turns Intercom <attribute/> tags into placeholders', () => {
    const html = '<p>Hi <attribute key="first_name" default="there"/>, welcome.</p>';
    const r = htmlToText(html);
    expect(r.placeholders).toEqual([
      expect.objectContaining({
        variable: 'first_name',
        fallback: 'there',
        syntax: 'intercom-attribute',
      }),
    ]);
    const p = r.placeholders[0];
    expect(r.mapped.offsets[p?.span.start ?? 0]).toBe(html.indexOf('<attribute'));
    expect(r.mapped.text.slice(p?.span.start, p?.span.end).trim()).toBe('');
  });

  it('reports findings at the right line and column of an .html file', async () => {
    const [draft] = draftsFromText(
      'a.html',
      '<html>\n<body>\n  <p>Hi Dana,</p>\n  <p>Thanks&nbsp;for waiting.\n     Per our policy, no.</p>\n</body>\n</html>\n',
      { channel: 'email', kind: 'reply' },
    );
    const text = draft?.text ?? '';
    const offset = draft?.origin.sourceOffset(text.indexOf('Per our')) ?? -1;
    expect(draft?.origin.lines.locate(offset)).toEqual({ line: 5, column: 6 });
  });
});
