import { spawnSync } from 'node:child_process';
import path from 'node:path';
// The package's own entry point, as a rule author imports it (resolved to dist/).
import { ruleTestCases, testRule } from 'replylint/testing';
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/engine/rule.js';
import { ROOT } from '../helpers/cli.js';

const competitor = {
  id: 'no-globex',
  kind: 'phrases',
  message: 'Do not name "{{match}}".',
  phrases: ['Globex'],
  examples: { fires: ['Globex is cheaper.'], passes: ['We are cheaper.'] },
};

const upperCode = defineRule({
  id: 'no-caps-code',
  category: 'custom',
  severity: 'warning',
  weight: 5,
  description: 'A code in capitals.',
  rationale: '',
  message: 'Code "{{match}}".',
  hint: '',
  examples: { fires: ['Use SAVE20 now.'], passes: ['Use the link.'] },
  check(reply, context) {
    for (const w of reply.words) {
      if (/^[A-Z]+\d+$/.test(w.text)) {
        context.report({ span: w.span, suggestions: [{ text: w.text.toLowerCase() }] });
      }
    }
  },
});

describe('testRule (replylint/testing) under vitest', () => {
  it('runs a definition, a code rule and a YAML file', async () => {
    expect((await testRule(competitor)).outcomes.map((o) => o.ok)).toEqual([true, true]);
    await testRule(upperCode, {
      fires: [
        {
          text: 'Use SAVE20 now.',
          findings: [
            { match: 'SAVE20', line: 1, column: 5, endColumn: 11, suggestions: ['save20'] },
          ],
        },
      ],
      passes: ['save20 is lower case.'],
    });
    const result = await testRule(path.join(ROOT, 'fixtures/style/no-ticket.yaml'));
    expect(result.rule).toBe('no-ticket');
  });

  it('rejects with every failure: no finding, an unexpected one, a wrong span or suggestion', async () => {
    const run = testRule(upperCode, {
      examples: false,
      fires: [
        'Nothing here.',
        { text: 'Use SAVE20 now.', findings: [{ match: 'SAVE2', suggestions: ['SAVE20'] }] },
        { text: 'Use A1 and B2.', findings: [{ match: 'A1' }] },
      ],
      passes: ['Try CODE1.'],
    });
    await expect(run).rejects.toThrow(/rule "no-caps-code": 4 of 4 examples failed/);
    await expect(run).rejects.toThrow(/"Nothing here\." — expected a finding, got none/);
    await expect(run).rejects.toThrow(
      /finding 1: expected match "SAVE2", got "SAVE20"; finding 1: expected suggestions \["SAVE20"\], got \["save20"\]/,
    );
    await expect(run).rejects.toThrow(/expected 1 finding\(s\), got 2/);
    await expect(run).rejects.toThrow(
      /passes: "Try CODE1\." — expected no finding, got "CODE1" at 1:5/,
    );
  });

  it('reports a crashing rule, a rule with no examples and an invalid definition', async () => {
    const crashing = {
      ...upperCode,
      check: () => {
        throw new Error('boom');
      },
    };
    await expect(testRule(crashing)).rejects.toThrow(/crashed on this draft: boom/);
    await expect(testRule({ ...competitor, examples: undefined })).rejects.toThrow(
      /has no examples/,
    );
    await expect(testRule({ ...competitor, phrases: [] })).rejects.toThrow(
      /invalid rule definition \(at phrases\): "phrases" must not be empty/,
    );
  });

  describe('one test per case (ruleTestCases)', () => {
    for (const c of ruleTestCases(upperCode, { passes: ['Nothing to see.'] })) it(c.name, c.run);
    it('names each case', () => {
      expect(ruleTestCases(upperCode).map((c) => c.name)).toEqual([
        'fires: "Use SAVE20 now."',
        'passes: "Use the link."',
      ]);
    });
  });
});

describe('testRule under node:test', () => {
  it('runs the example plugin tests (fixtures/plugins/acme.node-test.mjs)', () => {
    const file = path.join(ROOT, 'fixtures/plugins/acme.node-test.mjs');
    const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^# pass 6$/m);
    expect(run.stdout).toMatch(/^# fail 0$/m);
    expect(run.status).toBe(0);
  });
});
