import { describe, expect, it } from 'vitest';
import { lintDraft } from '../../src/engine/lint-draft.js';
import { builtinRules } from '../../src/engine/registry.js';
import { lintText } from '../../src/lint.js';
import { blankDirectives, findDirectives } from '../../src/sources/directives.js';
import { draftsFromText } from '../../src/sources/index.js';

const BLAME = 'You should have read the manual.';
const POLICY = 'Per our policy, no refunds.';

/** The rules these tests suppress; other rules (no-thanks, …) may fire on the samples too. */
const UNDER_TEST = new Set(['blames-customer', 'cites-policy', 'unused-disable']);

async function ids(text: string, file = 'draft.txt', reportUnusedDisable = false) {
  const [result] = await lintText(text, { file, useConfigFiles: false, reportUnusedDisable });
  return (result?.findings ?? [])
    .filter((f) => UNDER_TEST.has(f.ruleId))
    .map((f) => `${f.line}:${f.ruleId}`);
}

describe('suppression directives', () => {
  it('finds HTML-comment directives with their rule ids and an optional reason', () => {
    const found = findDirectives(
      'a <!-- replylint-disable cites-policy, blames-customer -- agreed with legal -->\n<!--replylint-enable-->',
      false,
    );
    expect(found.map((d) => [d.kind, d.rules])).toEqual([
      ['disable', ['cites-policy', 'blames-customer']],
      ['enable', []],
    ]);
  });

  it('recognizes the # form only in plain text, and blanks directives to spaces', () => {
    const text = `${POLICY} # replylint-disable-line cites-policy\n# replylint-disable\nok`;
    expect(findDirectives(text, false)).toEqual([]);
    expect(findDirectives(text, true).map((d) => d.kind)).toEqual(['disable-line', 'disable']);
    const blanked = blankDirectives(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).toBe(`${POLICY} ${' '.repeat(37)}\n${' '.repeat(19)}\nok`);
    // "#" that is not a directive stays prose.
    expect(blankDirectives('Order #replylint-x and #12')).toBe('Order #replylint-x and #12');
  });

  it('disable-line and disable-next-line apply to one line and the named rules only', async () => {
    const text = [
      'Hi Dana,',
      `${POLICY} ${BLAME} <!-- replylint-disable-line cites-policy -->`,
      '<!-- replylint-disable-next-line blames-customer -->',
      `${BLAME} ${POLICY}`,
      BLAME,
    ].join('\n');
    expect(await ids(text)).toEqual(['2:blames-customer', '4:cites-policy', '5:blames-customer']);
  });

  it('disable … enable covers the lines between, per finding (not per block)', async () => {
    const text = [
      'Hi Dana,',
      POLICY,
      '<!-- replylint-disable cites-policy -->',
      `${POLICY} ${BLAME}`,
      '<!-- replylint-enable cites-policy -->',
      POLICY,
    ].join('\n');
    expect(await ids(text)).toEqual(['2:cites-policy', '4:blames-customer', '6:cites-policy']);
  });

  it('a bare disable turns every rule off until enable; enable of one rule re-enables it', async () => {
    const text = [
      '<!-- replylint-disable -->',
      `${POLICY} ${BLAME}`,
      '<!-- replylint-enable blames-customer -->',
      `${POLICY} ${BLAME}`,
      '<!-- replylint-enable -->',
      POLICY,
    ].join('\n');
    expect(await ids(text)).toEqual(['4:blames-customer', '6:cites-policy']);
  });

  it('the # form works in .txt drafts, and the directive itself is never linted', async () => {
    const text = [
      'Hi Dana,',
      '# replylint-disable-next-line cites-policy -- the customer asked for the wording',
      POLICY,
      `${BLAME} # replylint-disable-line`,
    ].join('\n');
    expect(await ids(text)).toEqual([]);
  });

  it('works with CRLF line endings', async () => {
    const text = ['Hi Dana,', '# replylint-disable-next-line', POLICY, BLAME].join('\r\n');
    expect(await ids(text)).toEqual(['4:blames-customer']);
  });

  it('reports unused directives and unknown rule ids with --report-unused-disable', async () => {
    const text = [
      'Hi Dana,',
      '<!-- replylint-disable-next-line cites-policy, blames-customer -->',
      POLICY,
      '<!-- replylint-disable-line no-nam -->',
      'Thanks.',
    ].join('\n');
    expect(await ids(text)).toEqual([]);
    const [result] = await lintText(text, {
      file: 'draft.txt',
      useConfigFiles: false,
      reportUnusedDisable: true,
    });
    expect(
      result?.findings
        .filter((f) => f.ruleId === 'unused-disable')
        .map((f) => [f.line, f.column, f.ruleId, f.severity, f.message]),
    ).toEqual([
      [
        2,
        1,
        'unused-disable',
        'warning',
        'Unused "replylint-disable-next-line" for "blames-customer": no such finding here.',
      ],
      [
        4,
        1,
        'unused-disable',
        'warning',
        'Unknown rule "no-nam" in "replylint-disable-line" (did you mean "no-name"?).',
      ],
    ]);
    // Reporting unused directives costs the draft no points.
    const [unreported] = await lintText(text, { file: 'draft.txt', useConfigFiles: false });
    expect(result?.score).toBe(unreported?.score);
  });

  it('suppressed findings do not count against the score', async () => {
    const [plain] = await lintText(`Hi Dana,\n${POLICY}`, { useConfigFiles: false });
    const [quiet] = await lintText(`Hi Dana,\n${POLICY} <!-- replylint-disable-line -->`, {
      file: 'x.txt',
      useConfigFiles: false,
    });
    expect(plain?.score).toBeLessThan(100);
    expect(quiet?.score).toBe(100);
  });

  it("a macro's replylint-disable field (draft.disabledRules) turns those rules off for that draft", async () => {
    const [draft] = draftsFromText('macros.txt', `${POLICY} ${BLAME}`, {
      channel: 'email',
      kind: 'reply',
    });
    if (!draft) throw new Error('no draft');
    const rules = builtinRules().map((rule) => ({ rule, severity: rule.severity, options: {} }));
    const all = await lintDraft(draft, rules);
    const some = await lintDraft({ ...draft, disabledRules: ['cites-policy', 'no-name'] }, rules);
    expect(all.findings.map((f) => f.ruleId)).toContain('cites-policy');
    const left = some.findings.map((f) => f.ruleId);
    expect(left).toContain('blames-customer');
    expect(left).not.toContain('cites-policy');
    expect(left).not.toContain('no-name');
    expect(some.score).toBeGreaterThan(all.score);
  });

  it('works in Markdown and HTML drafts, where the comments are not prose', async () => {
    const markdown = [
      'Hi Dana,',
      '',
      '<!-- replylint-disable-next-line cites-policy -->',
      POLICY,
      '',
      `${BLAME} <!-- replylint-disable-line blames-customer -->`,
      '',
      POLICY,
    ].join('\n');
    expect(await ids(markdown, 'reply.md')).toEqual(['8:cites-policy']);
    const html = [
      '<p>Hi Dana,</p>',
      '<!-- replylint-disable cites-policy -->',
      `<p>${POLICY}</p>`,
      '<!-- replylint-enable -->',
      `<p>${POLICY} ${BLAME}</p>`,
    ].join('\n');
    expect(await ids(html, 'reply.html')).toEqual(['5:cites-policy', '5:blames-customer']);
    // The # form is plain text only: in Markdown it is a heading, and stays prose.
    expect(await ids(`Hi Dana,\n\n# replylint-disable\n\n${POLICY}`, 'reply.md')).toEqual([
      '5:cites-policy',
    ]);
  });
});
