import { describe, expect, it } from 'vitest';
import { draftsFromText } from '../../src/sources/index.js';

const locate = (draft: ReturnType<typeof draftsFromText>[number] | undefined, word: string) =>
  draft?.origin.lines.locate(draft.origin.sourceOffset((draft?.text ?? '').indexOf(word)));

const headers = (type: string, encoding: string) =>
  `From: Sam <sam@example.com>\r\nTo: "Dana Whitfield" <dana@example.com>\r\nSubject: Re: oven\r\nContent-Type: ${type}\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n`;

describe('.eml drafts', () => {
  it('decodes quoted-printable, maps words across soft line breaks, takes the To: name', () => {
    const eml = `${headers('text/plain; charset=utf-8', 'quoted-printable')}Hi Dana, I=E2=80=99m sorry it is l=\r\nate. Per our policy, no.\r\n`;
    const [draft] = draftsFromText('a.eml', eml, { channel: 'email', kind: 'reply' });
    expect(draft?.text).toContain('I’m sorry it is late. Per our policy');
    expect(draft?.name).toBe('Dana Whitfield');
    expect(locate(draft, 'Per our')).toEqual({ line: 8, column: 6 });
    expect(locate(draft, '’m')).toEqual({ line: 7, column: 11 });
  });

  it('picks the text/plain part of a multipart message', () => {
    const eml = `${headers('multipart/alternative; boundary="b1"', '7bit')}--b1\r\nContent-Type: text/html\r\n\r\n<p>HTML copy</p>\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlain reply. Per our policy.\r\n--b1--\r\n`;
    const [draft] = draftsFromText('a.eml', eml, { channel: 'email', kind: 'reply' });
    expect(draft?.text.trim()).toBe('Plain reply. Per our policy.');
    expect(locate(draft, 'Per our')).toEqual({ line: 14, column: 14 });
  });

  it('renders an HTML-only message and decodes base64', () => {
    const body = Buffer.from('<p>Hi Dana,</p><p>Per our policy.</p>').toString('base64');
    const eml = `${headers('text/html; charset=utf-8', 'base64')}${body}\r\n`;
    const [draft] = draftsFromText('a.eml', eml, { channel: 'email', kind: 'reply' });
    expect(draft?.text).toContain('Per our policy.');
    expect(locate(draft, 'Per our')?.line).toBe(7);
  });
});
