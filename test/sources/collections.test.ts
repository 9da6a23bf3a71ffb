import { describe, expect, it } from 'vitest';
import { formatNamed } from '../../src/sources/formats.js';
import { draftsFromText, NothingToLint } from '../../src/sources/index.js';
import type { Draft } from '../../src/types.js';

const defaults = { channel: 'email' as const, kind: 'reply' as const };
const read = (file: string, text: string, extra = {}, format?: string) =>
  draftsFromText(file, text, { ...defaults, ...extra }, format ? formatNamed(format) : undefined);
const summary = (drafts: Draft[]) =>
  drafts.map((d) => ({
    title: d.title,
    text: d.text.trim(),
    kind: d.kind,
    channel: d.channel,
    helpdesk: d.helpdesk,
  }));
const locate = (draft: Draft | undefined, word: string) =>
  draft?.origin.lines.locate(draft.origin.sourceOffset(draft.text.indexOf(word)));

describe('helpdesk collections', () => {
  it('Zendesk: macros[] with comment_value_html, comment_value strings and [channel, text] pairs', () => {
    const json = JSON.stringify({
      macros: [
        {
          id: 1,
          title: 'A',
          actions: [{ field: 'comment_value_html', value: '<p>Hi <b>Dana</b></p>' }],
        },
        {
          id: 2,
          title: 'B',
          actions: [{ field: 'comment_value', value: ['channel:chat', 'Hi Sam'] }],
        },
        { id: 3, actions: [{ field: 'comment_value', value: 'Hi Lee' }] },
        {
          id: 4,
          title: 'Note',
          actions: [
            { field: 'comment_mode_is_public', value: false },
            { field: 'comment_value', value: 'x' },
          ],
        },
        { id: 5, title: 'Status only', actions: [{ field: 'status', value: 'solved' }] },
      ],
    });
    expect(summary(read('z.json', json))).toEqual([
      { title: 'A', text: 'Hi Dana', kind: 'template', channel: 'email', helpdesk: 'zendesk' },
      { title: 'B', text: 'Hi Sam', kind: 'template', channel: 'chat', helpdesk: 'zendesk' },
      { title: '3', text: 'Hi Lee', kind: 'template', channel: 'email', helpdesk: 'zendesk' },
    ]);
  });

  it('Zendesk: one macro per YAML file, and { macro: {...} }', () => {
    const yaml =
      'title: Refund\nactions:\n  - field: comment_value\n    value: |\n      Hi Dana,\n      Per our policy.\n';
    const [draft] = read('refund.yaml', yaml);
    expect(draft?.title).toBe('Refund');
    expect(locate(draft, 'Per our')).toEqual({ line: 6, column: 7 });
    expect(
      read(
        'm.json',
        '{"macro": {"title": "One", "actions": [{"field": "comment_value", "value": "Hi"}]}}',
      )[0]?.title,
    ).toBe('One');
  });

  it('Help Scout: text and chatText are separate results', () => {
    const json = '[{"name": "Reset", "text": "<p>Hi</p>", "chatText": "Hi there"}]';
    expect(summary(read('hs.json', json)).map((d) => [d.title, d.text, d.channel])).toEqual([
      ['Reset', 'Hi', 'email'],
      ['Reset (chat)', 'Hi there', 'chat'],
    ]);
  });

  it('Freshdesk, Intercom, Gorgias: the HTML body is linted, its plain copy is not', () => {
    const fd =
      '[{"id": 1, "title": "T", "content": "plain copy", "content_html": "<div>sent</div>"}]';
    const ic =
      '{"type": "list", "data": [{"type": "macro", "id": "9", "name": "N", "body": "<p>sent</p>", "body_text": "plain copy"}]}';
    const gg =
      '{"data": [{"id": 1, "name": "G", "actions": [{"name": "setResponseText", "arguments": {"body_html": "<div>sent</div>", "body_text": "plain copy"}}]}]}';
    for (const [file, text, helpdesk] of [
      ['fd.json', fd, 'freshdesk'],
      ['ic.json', ic, 'intercom'],
      ['gg.json', gg, 'gorgias'],
    ]) {
      expect(
        summary(read(file as string, text as string)).map((d) => [d.text, d.helpdesk]),
      ).toEqual([['sent', helpdesk]]);
    }
    // Without the HTML body, the plain one is what is sent.
    expect(read('fd.json', '[{"title": "T", "content": "plain only"}]')[0]?.text).toBe(
      'plain only',
    );
  });

  it('Front: _results[] with HTML bodies', () => {
    const json =
      '{"_results": [{"id": "rsp_1", "name": "Moved", "body": "<p>Moved to Friday.</p>"}]}';
    expect(summary(read('front.json', json))).toEqual([
      {
        title: 'Moved',
        text: 'Moved to Friday.',
        kind: 'template',
        channel: 'email',
        helpdesk: 'front',
      },
    ]);
  });

  it('reads the per-macro replylint-disable field (list or comma-separated)', () => {
    const json =
      '[{"title": "A", "content": "x", "replylint-disable": "no-name, cites-policy"}, {"title": "B", "content": "y", "replylint-disable": ["no-name"]}]';
    expect(read('fd.json', json).map((d) => d.disabledRules)).toEqual([
      ['no-name', 'cites-policy'],
      ['no-name'],
    ]);
  });

  it('says when a file holds no replies, and lets config force a shape', () => {
    expect(() => read('settings.json', '{"theme": "dark"}')).toThrow(NothingToLint);
    expect(() => read('x.json', '[{"name": "a", "body": "b"}]', {}, 'zendesk')).toThrow(
      /not a zendesk export/,
    );
    expect(read('x.data', '[{"name": "a", "body": "<p>b</p>"}]', {}, 'front')[0]?.helpdesk).toBe(
      'front',
    );
  });

  it('reads any other shape through a config mapping', () => {
    const json = JSON.stringify({
      data: {
        items: [
          { key: 'k1', label: 'Gift', medium: 'chat', html: '<p>Hi</p>', text: 'Hi plain' },
          { key: 'k2', medium: 'fax', text: 'Only text' },
        ],
      },
    });
    const mapping = {
      list: 'data.items',
      title: 'label',
      id: 'key',
      body: ['html', 'text'],
      channel: { field: 'medium' },
    };
    expect(
      summary(read('kb.json', json, { mapping })).map((d) => [d.title, d.text, d.channel]),
    ).toEqual([
      ['Gift (html)', 'Hi', 'chat'],
      ['Gift (text)', 'Hi plain', 'chat'],
      ['k2', 'Only text', 'email'],
    ]);
  });
});

describe('conversation files', () => {
  it('reads { channel, name, customer, reply }, one or many', () => {
    const yaml =
      '- id: a\n  channel: chat\n  name: Lili\n  customer: Where is it?\n  reply: |\n    Hi Lili, per our policy.\n- reply: Second\n';
    const drafts = read('x.reply.yaml', yaml);
    expect(drafts.map((d) => [d.title, d.channel, d.name, d.context, d.kind])).toEqual([
      ['a', 'chat', 'Lili', 'Where is it?', 'reply'],
      ['#2', 'email', undefined, undefined, 'reply'],
    ]);
    expect(locate(drafts[0], 'per our')).toEqual({ line: 6, column: 14 });
    const [single] = read('one.reply.json', '{"reply": "Hi\\nPer our policy", "name": "Sam"}');
    expect(single).toMatchObject({ title: null, name: 'Sam' });
    expect(locate(single, 'Per our')).toEqual({ line: 1, column: 16 });
  });
});
