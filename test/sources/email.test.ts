import { describe, expect, it } from 'vitest';
import { splitEmail } from '../../src/sources/email.js';
import { draftsFromText } from '../../src/sources/index.js';

const hiddenText = (text: string) => {
  const { hidden } = splitEmail(text);
  return hidden.map((s) => text.slice(s.start, s.end));
};

describe('email drafts', () => {
  it('hides history after "On … wrote:" (even wrapped) and makes it the context', () => {
    const text =
      'Hi Dana,\nIt ships today.\n\nOn Mon, 3 Jun 2024 at 18:40, Dana Whitfield <dana@example.com>\nwrote:\n> Where is my oven?\n> Dana\n';
    const parts = splitEmail(text);
    expect(parts.context).toBe('Where is my oven?\nDana');
    expect(text.slice(0, parts.hidden[0]?.start)).toBe('Hi Dana,\nIt ships today.\n\n');
  });

  it('hides Outlook history and the signature after "-- "', () => {
    const text =
      'Hi Priya,\nDone.\n\n-- \nMarco\nAcme\n\n________________________________\nFrom: Priya <p@example.com>\nSent: Monday\nTo: support\nSubject: Locked out\n\nMy link fails.\n';
    const parts = splitEmail(text);
    expect(hiddenText(text)[0]).toBe('-- \nMarco\nAcme\n\n');
    expect(parts.context).toBe('My link fails.');
  });

  it('hides "-----Original Message-----" blocks and inline "> " quotes', () => {
    const text =
      '> Can I return it?\nYes, within 30 days.\n\n-----Original Message-----\nFrom: A\nSubject: B\n\nHello?\n';
    const parts = splitEmail(text);
    expect(hiddenText(text)).toEqual([
      '> Can I return it?',
      expect.stringMatching(/^-----Original Message-----/),
    ]);
    expect(parts.context).toBe('Can I return it?\nHello?');
  });

  it('leaves a draft without history alone', () => {
    expect(splitEmail('Hi Dana,\nOn Monday we wrote to the courier.\n')).toEqual({ hidden: [] });
  });

  it('gives a .txt draft the quoted message as context, unless --context says otherwise', () => {
    const text = 'Hi Dana, done.\n\nOn Mon, Dana wrote:\n> Per our policy? Where is it?\n';
    const [draft] = draftsFromText('a.txt', text, { channel: 'email', kind: 'reply' });
    expect(draft?.context).toBe('Per our policy? Where is it?');
    expect(draft?.text).not.toContain('policy');
    const [given] = draftsFromText('a.txt', text, {
      channel: 'email',
      kind: 'reply',
      context: 'X',
    });
    expect(given?.context).toBe('X');
  });
});
