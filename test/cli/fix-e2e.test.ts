import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

// A team project whose config brings fixable rules: a YAML substitute rule and a
// plugin code rule, next to a substitute rule that is NOT fixable (a tone rewrite).
const PROJECT = {
  'package.json': '{"type": "module"}',
  // The built-in shouting rule would fix the "!!!" too: off, so the plugin's fixes are counted.
  '.replylintrc.yaml':
    'rulesDirs: [style]\nplugins: [./bangs.js]\nrules:\n  no-name: off\n  shouting: off\n',
  'style/kindly.yaml': `id: kindly
kind: substitute
fixable: true
severity: warning
message: '"{{match}}" sounds stiff.'
replace:
  kindly: please
`,
  'style/tone.yaml': `id: tone
kind: substitute
severity: warning
message: '"{{match}}" sounds cold.'
replace:
  unfortunately: I'm sorry to say
`,
  'bangs.js': `export default {
  name: 'test',
  rules: [{
    id: 'bangs', message: 'Too many exclamation marks.', fixable: true,
    check(reply, context) {
      // Test-only: a real rule reads the Reply's words instead of parsing text.
      for (const m of reply.text.matchAll(/!{2,}/g)) {
        const span = { start: m.index, end: m.index + m[0].length };
        context.report({ span, fix: { span, text: '!' } });
      }
    },
  }],
};
`,
};

const DRAFT = 'Hi Dana!!!\r\nKindly restart the app. Unfortunately the update is late!!\r\n';
const FIXED = 'Hi Dana!\r\nPlease restart the app. Unfortunately the update is late!\r\n';

describe('--fix end to end', () => {
  it('applies only fixable rules, keeps CRLF, reports what changed, and is idempotent', () => {
    const cwd = tmpTree({ ...PROJECT, 'macros/late.txt': DRAFT });
    const file = path.join(cwd, 'macros/late.txt');
    const run = runCli(['--fix', 'macros/late.txt'], { cwd });
    expect(run.stderr).toBe(
      'replylint: fixed 3 problems in macros/late.txt (test/bangs ×2, kindly)\n',
    );
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
    // The report shows what is left: the tone rewrite stays a suggestion.
    expect(run.stdout).toMatch(/Unfortunately/);
    expect(run.stdout).toMatch(/tone/);
    expect(run.code).toBe(0);

    const mtime = statSync(file).mtimeMs;
    const again = runCli(['--fix', 'macros/late.txt'], { cwd });
    expect(again.stderr).toBe('replylint: nothing to fix\n');
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
  });

  it('--fix-dry-run prints a unified diff, writes nothing, exit code as if fixed', () => {
    const cwd = tmpTree({ ...PROJECT, 'macros/late.txt': DRAFT });
    const run = runCli(['--fix-dry-run', 'macros/late.txt'], { cwd });
    expect(readFileSync(path.join(cwd, 'macros/late.txt'), 'utf8')).toBe(DRAFT);
    expect(run.stdout).toBe(
      [
        '--- a/macros/late.txt',
        '+++ b/macros/late.txt',
        '@@ -1,2 +1,2 @@',
        '-Hi Dana!!!\r',
        '-Kindly restart the app. Unfortunately the update is late!!\r',
        '+Hi Dana!\r',
        '+Please restart the app. Unfortunately the update is late!\r',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toMatch(/would fix 3 problems in macros\/late\.txt/);
    expect(run.stderr).toMatch(/no file was written/);
  });

  it('with --cache, a fixed file is cached as fixed', () => {
    const cwd = tmpTree({ ...PROJECT, 'macros/late.txt': DRAFT });
    runCli(['--fix', '--cache', 'macros/late.txt'], { cwd });
    const warm = runJson(['--cache', 'macros/late.txt'], { cwd });
    const ids = warm.json.results[0].findings
      .map((f: { ruleId: string }) => f.ruleId)
      .filter((id: string) => ['kindly', 'tone', 'test/bangs'].includes(id));
    expect(ids).toEqual(['tone']);
    expect(warm.code).toBe(0);
    writeFileSync(path.join(cwd, 'macros/late.txt'), DRAFT);
    const changed = runJson(['--cache', 'macros/late.txt'], { cwd });
    expect(changed.json.results[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain(
      'test/bangs',
    );
  });
});
