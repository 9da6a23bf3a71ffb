import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runJson } from '../helpers/cli.js';

// End to end: `replylint fixtures/macros` lints every reply of every format in
// a macro repository, names each by its title, and reports positions in the
// original files. Every expected position below was checked by hand against
// the fixture; the test also slices the file at the reported range.

interface JsonFinding {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}
interface JsonResult {
  file: string;
  draft: string | null;
  findings: JsonFinding[];
}

const REPO = 'fixtures/macros';
const run = runJson([REPO]);
const results = run.json.results as JsonResult[];
const at = (file: string) => path.join(REPO, file);

function slice(file: string, f: JsonFinding): string {
  const lines = readFileSync(path.join(ROOT, file), 'utf8').split(/\r?\n/);
  expect(f.endLine).toBe(f.line);
  return (lines[f.line - 1] ?? '').slice(f.column - 1, f.endColumn - 1);
}

function finding(file: string, title: string | null, ruleId: string): JsonFinding {
  const result = results.find((r) => r.file === at(file) && r.draft === title);
  expect(result, `${file} › ${title}`).toBeDefined();
  const found = result?.findings.find((f) => f.ruleId === ruleId);
  expect(found, `${ruleId} in ${file} › ${title}`).toBeDefined();
  return found as JsonFinding;
}

describe('fixtures/macros, end to end', () => {
  it('lints every reply in every format, in path order, named by title', () => {
    expect(run.json.errors).toEqual([]);
    expect(results.map((r) => [r.file, r.draft])).toEqual([
      [at('conversations/social-replies.reply.yaml'), 'oven-door'],
      [at('conversations/social-replies.reply.yaml'), 'refund-timing'],
      [at('drafts/late-oven-reply.eml'), null],
      [at('drafts/password-follow-up.txt'), null],
      [at('freshdesk/canned-responses.json'), 'Late delivery apology'],
      [at('freshdesk/canned-responses.json'), 'Order cancelled'],
      [at('front/message-templates.json'), 'Booking moved'],
      [at('front/message-templates.json'), 'Refund declined'],
      [at('gorgias/macros.json'), 'Order status inquiry'],
      [at('helpscout/saved-replies.json'), 'Password reset'],
      [at('helpscout/saved-replies.json'), 'Password reset (chat)'],
      [at('helpscout/saved-replies.json'), 'Subscription paused'],
      [at('helpscout/saved-replies.json'), 'Subscription paused (chat)'],
      [at('intercom/macros.json'), 'Order status update'],
      [at('intercom/macros.json'), 'Feature request logged'],
      [at('kb/answers.json'), 'Gift cards'],
      [at('kb/answers.json'), 'kb-102'],
      [at('snippets/delivery-window.html'), null],
      [at('snippets/out-of-stock.md'), 'Out of stock'],
      // The private note (Internal::Escalate to billing) is not a reply: not linted.
      [at('zendesk/macros.json'), 'Shipping::Delayed order'],
      [at('zendesk/macros.json'), 'Returns::Wrong size'],
      [at('zendesk/macros.json'), 'Warranty::Claim received'],
      [at('zendesk/macros.json'), 'Legal::Data request'],
      [at('zendesk/refund-approved.yaml'), 'Refunds::Refund approved'],
    ]);
  });

  it.each([
    // format, file, title, rule, line, column, endColumn, the words at that range
    [
      'Zendesk JSON, HTML body with entities',
      'zendesk/macros.json',
      'Shipping::Delayed order',
      'cites-policy',
      17,
      187,
      201,
      'Per our policy',
    ],
    [
      'Zendesk JSON, ["channel:all", text] with \\n and \\" escapes',
      'zendesk/macros.json',
      'Returns::Wrong size',
      'blames-customer',
      38,
      84,
      107,
      'You should have checked',
    ],
    [
      'Zendesk JSON, placeholder from another helpdesk',
      'zendesk/macros.json',
      'Warranty::Claim received',
      'broken-placeholder',
      77,
      24,
      54,
      '{{ticket.requester.firstname}}',
    ],
    [
      'Zendesk YAML, block literal',
      'zendesk/refund-approved.yaml',
      'Refunds::Refund approved',
      'apologizes-for-feelings',
      15,
      11,
      36,
      'sorry you feel frustrated',
    ],
    [
      'Help Scout, chatText',
      'helpscout/saved-replies.json',
      'Password reset (chat)',
      'blames-customer',
      6,
      98,
      111,
      'You failed to',
    ],
    [
      'Help Scout, name without fallback',
      'helpscout/saved-replies.json',
      'Subscription paused',
      'broken-placeholder',
      11,
      20,
      42,
      '{%customer.firstName%}',
    ],
    [
      'Freshdesk, content_html',
      'freshdesk/canned-responses.json',
      'Late delivery apology',
      'apologizes-for-feelings',
      7,
      87,
      112,
      'Sorry for the frustration',
    ],
    [
      'Intercom, HTML body',
      'intercom/macros.json',
      'Order status update',
      'cites-policy',
      8,
      143,
      159,
      'As per our terms',
    ],
    [
      'Intercom, <attribute/> with no default',
      'intercom/macros.json',
      'Feature request logged',
      'broken-placeholder',
      20,
      22,
      53,
      '<attribute key=\\"first_name\\"/>',
    ],
    [
      'Gorgias, setResponseText body_html',
      'gorgias/macros.json',
      'Order status inquiry',
      'cites-policy',
      19,
      188,
      205,
      'due to our policy',
    ],
    [
      'Front, unknown variable',
      'front/message-templates.json',
      'Refund declined',
      'broken-placeholder',
      20,
      22,
      45,
      '{{recipient.firstname}}',
    ],
    [
      'custom shape mapped in config',
      'kb/answers.json',
      'Gift cards',
      'cites-policy',
      8,
      99,
      127,
      'In accordance with our terms',
    ],
    [
      'Markdown',
      'snippets/out-of-stock.md',
      'Out of stock',
      'cites-policy',
      16,
      16,
      30,
      'per our policy',
    ],
    [
      'HTML file, through &nbsp; and line breaks',
      'snippets/delivery-window.html',
      null,
      'cites-policy',
      11,
      33,
      54,
      'Company policy states',
    ],
    [
      '.eml, quoted-printable with soft line breaks',
      'drafts/late-oven-reply.eml',
      null,
      'cites-policy',
      12,
      18,
      34,
      'As per our terms',
    ],
    [
      'text with a signature and quoted history',
      'drafts/password-follow-up.txt',
      null,
      'blames-customer',
      3,
      41,
      54,
      'You forgot to',
    ],
    [
      'conversation file, folded scalar',
      'conversations/social-replies.reply.yaml',
      'oven-door',
      'blames-customer',
      8,
      13,
      32,
      'If you had followed',
    ],
    [
      'conversation file, literal scalar',
      'conversations/social-replies.reply.yaml',
      'refund-timing',
      'cites-policy',
      16,
      5,
      22,
      'Due to our policy',
    ],
  ] as const)('%s: %s › %s', (_format, file, title, ruleId, line, column, endColumn, words) => {
    const f = finding(file, title, ruleId);
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([line, column, line, endColumn]);
    expect(slice(at(file), f)).toBe(words);
  });

  it('lints the sent HTML body only, never its plain-text copy', () => {
    for (const [file, title] of [
      ['freshdesk/canned-responses.json', 'Late delivery apology'],
      ['gorgias/macros.json', 'Order status inquiry'],
      ['intercom/macros.json', 'Order status update'],
    ]) {
      const result = results.filter((r) => r.file === at(file as string) && r.draft === title);
      expect(result).toHaveLength(1);
      for (const f of result[0]?.findings ?? []) {
        const line = readFileSync(path.join(ROOT, at(file as string)), 'utf8').split('\n')[
          f.line - 1
        ];
        expect(line, `${f.ruleId} points into the HTML field`).toMatch(
          /"(content_html|body_html|body)"/,
        );
      }
    }
  });

  it('leaves out code, URLs, quoted history and signatures', () => {
    const md = results.find((r) => r.file === at('snippets/out-of-stock.md'));
    expect(md?.findings.filter((f) => f.ruleId === 'cites-policy').map((f) => f.line)).toEqual([
      16,
    ]);
    const txt = results.find((r) => r.file === at('drafts/password-follow-up.txt'));
    expect(txt?.findings.map((f) => f.ruleId)).not.toContain('cites-policy');
    const eml = results.find((r) => r.file === at('drafts/late-oven-reply.eml'));
    // The customer's name comes from the To: header, and "Hi Dana" uses it.
    expect(eml?.findings.map((f) => f.ruleId)).not.toContain('no-name');
  });

  it('counts a name placeholder as using the name, in every syntax', () => {
    const named = results.filter((r) => r.draft !== 'Subscription paused (chat)');
    for (const r of named)
      expect(
        r.findings.map((f) => f.ruleId),
        `${r.file} › ${r.draft}`,
      ).not.toContain('no-name');
  });
});
