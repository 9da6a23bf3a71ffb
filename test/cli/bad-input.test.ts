import { spawnSync } from 'node:child_process';
import { chmodSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, runJson } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

// Every kind of bad input has a defined outcome, the one README.md's table
// "What replylint does with bad input" promises: a one-line message naming the
// file (with line and column where there is one), the right exit code, and the
// other files still linted.

const GOOD = 'Hi Dana,\nThanks for writing in. I refunded the order today.\n';
const POLICY = 'Hi Dana,\nPer our policy, you should have read the terms.\n';

interface JsonFinding {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  message: string;
}
interface JsonResult {
  file: string;
  score: number;
  findings: JsonFinding[];
}
const resultOf = (json: { results: JsonResult[] }, file: string) =>
  json.results.find((r) => r.file === file) as JsonResult;
const idsOf = (result: JsonResult) => result.findings.map((f) => f.ruleId);
const at = (result: JsonResult, ruleId: string) => {
  const f = result.findings.find((x) => x.ruleId === ruleId);
  return f && [f.line, f.column];
};

describe('bad input, through the CLI', () => {
  it('an empty or whitespace-only file: an info "empty-draft", nothing else, exit 0', () => {
    const root = tmpTree({ 'empty.txt': '', 'blank.txt': '  \n\t\r\n', 'good.txt': GOOD });
    const run = runJson(['--no-config', 'empty.txt', 'blank.txt', 'good.txt'], { cwd: root });
    expect(run.code).toBe(0);
    for (const file of ['empty.txt', 'blank.txt']) {
      expect(resultOf(run.json, file).findings).toMatchObject([
        { ruleId: 'empty-draft', severity: 'info', line: 1, column: 1 },
      ]);
    }
    expect(resultOf(run.json, 'good.txt')).toBeDefined();
  });

  it('a binary file: skipped with a note; exit 2 when it was the only thing named, 0 under a directory', () => {
    const root = tmpTree({
      'drafts/photo.txt': Buffer.from([0x89, 0x50, 0, 0, 1, 2]),
      'drafts/a.txt': GOOD,
    });
    const named = runCli(['--no-config', 'drafts/photo.txt'], { cwd: root });
    expect(named.code).toBe(2);
    expect(named.stderr).toContain(
      'replylint: drafts/photo.txt: binary file (not text); skipped\n',
    );
    const folder = runJson(['--no-config', 'drafts'], { cwd: root });
    expect(folder.code).toBe(0);
    expect(folder.stderr).toContain('drafts/photo.txt: binary file (not text); skipped');
    expect(folder.json.results.map((r: JsonResult) => r.file)).toEqual(['drafts/a.txt']);
  });

  it('invalid UTF-8: an error naming the first bad byte, exit 2, the other files still linted', () => {
    const root = tmpTree({ 'bad.txt': Buffer.from('Hi \xff there', 'latin1'), 'b.txt': POLICY });
    const run = runJson(['--no-config', 'bad.txt', 'b.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.json.errors).toEqual([
      {
        file: 'bad.txt',
        message: 'not valid UTF-8 (first bad byte at offset 3); save it as UTF-8',
      },
    ]);
    expect(run.stderr).toContain('replylint: bad.txt: not valid UTF-8');
    expect(idsOf(resultOf(run.json, 'b.txt'))).toContain('cites-policy');
  });

  it('UTF-16 (LE and BE, with BOM) and a UTF-8 BOM: decoded, positions as in the text', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(POLICY, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    const root = tmpTree({
      'le.txt': le,
      'be.txt': be,
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(POLICY)]),
    });
    const run = runJson(['--no-config', 'le.txt', 'be.txt', 'bom.txt'], { cwd: root });
    expect(run.code).toBe(1);
    for (const file of ['le.txt', 'be.txt', 'bom.txt']) {
      const result = resultOf(run.json, file);
      expect(at(result, 'cites-policy'), file).toEqual([2, 1]);
      expect(at(result, 'blames-customer'), file).toEqual([2, 17]);
    }
  });

  it('CRLF and lone CR line endings: lines and columns still right', () => {
    const root = tmpTree({
      'crlf.txt': POLICY.replace(/\n/g, '\r\n'),
      'cr.txt': POLICY.replace(/\n/g, '\r'),
      'mixed.txt': `Hi Dana,\r\n\rThanks.\nPer our policy, you should have read the terms.\r`,
    });
    const run = runJson(['--no-config', 'crlf.txt', 'cr.txt', 'mixed.txt'], { cwd: root });
    for (const file of ['crlf.txt', 'cr.txt']) {
      expect(at(resultOf(run.json, file), 'blames-customer'), file).toEqual([2, 17]);
    }
    expect(at(resultOf(run.json, 'mixed.txt'), 'blames-customer')).toEqual([4, 17]);
  });

  it('a 5 MB draft and a single 1 MB line: an info "oversized-draft", in bounded memory', () => {
    const sentence = 'Hi Dana, thanks for waiting. Per our policy we cannot refund this. ';
    const root = tmpTree({
      'huge.txt': `${sentence}\n\n`.repeat(Math.ceil((5 * 1024 * 1024) / (sentence.length + 2))),
      'line.txt': `${sentence.repeat(Math.ceil((1024 * 1024) / sentence.length))}\n`,
      'b.txt': POLICY,
    });
    // A heap of 256 MB: a run that held several copies of the analysis would die here.
    const run = runJson(['--no-config', 'huge.txt', 'line.txt', 'b.txt'], {
      cwd: root,
      env: { NODE_OPTIONS: '--max-old-space-size=256' },
    });
    expect(run.code).toBe(1);
    for (const file of ['huge.txt', 'line.txt']) {
      const [finding] = resultOf(run.json, file).findings;
      expect(finding).toMatchObject({ ruleId: 'oversized-draft', severity: 'info' });
      expect(finding?.message).toMatch(
        /^The draft is too long to check \([\d,]+ characters; the limit is 50,000\)\.$/,
      );
    }
    expect(idsOf(resultOf(run.json, 'b.txt'))).toContain('cites-policy');
  });

  it('emoji, RTL and other scripts inside an English draft: checked, columns in UTF-16 units', () => {
    const text =
      'Hi Dana 👋🏽, thanks for writing to us (مرحبا, שלום, 你好)!\nPer our policy, you should have read the terms. 🙏\n';
    const root = tmpTree({ 'emoji.txt': text });
    const result = resultOf(runJson(['--no-config', 'emoji.txt'], { cwd: root }).json, 'emoji.txt');
    expect(at(result, 'blames-customer')).toEqual([2, 17]);
    expect(idsOf(result)).not.toContain('not-english');
  });

  it('a draft in another language: an info "not-english" and no other finding', () => {
    const root = tmpTree({
      'es.txt':
        'Hola Dana, lamentamos mucho el retraso de su pedido. Hemos enviado un reembolso completo a su tarjeta y debería llegar en tres días. Gracias por su paciencia.\n',
      'de.txt':
        'Hallo Dana, es tut uns leid, dass Ihre Bestellung so spät ankommt. Wir haben den Betrag auf Ihre Karte zurückerstattet, er wird in drei Tagen sichtbar sein.\n',
      'ja.txt':
        'ダナ様、ご注文の遅延について大変申し訳ございません。カードへの返金手続きを完了しました。三日以内に反映されます。ご理解のほどよろしくお願いいたします。\n',
      'names.txt':
        'Hi Renée, thanks for your patience. Our Zürich team (équipe de Genève) shipped the Größe XL jacket today, so it should reach you by Friday.\n',
    });
    const run = runJson(['--no-config', 'es.txt', 'de.txt', 'ja.txt', 'names.txt'], { cwd: root });
    expect(run.code).toBe(0);
    for (const file of ['es.txt', 'de.txt', 'ja.txt']) {
      expect(resultOf(run.json, file).findings, file).toMatchObject([
        {
          ruleId: 'not-english',
          severity: 'info',
          message: 'The draft does not look like English; not checked.',
        },
      ]);
    }
    // An English draft with foreign names and a few foreign words is checked as English.
    expect(idsOf(resultOf(run.json, 'names.txt'))).not.toContain('not-english');
    // The human report says "not checked" where a score would be.
    const stylish = runCli(['--no-config', 'es.txt'], { cwd: root }).stdout;
    expect(stylish).toContain('\n  not checked\n');
    expect(stylish).not.toMatch(/score \d+\/100/);
  });

  it('HTML with scripts and broken tags: script text is not prose; positions are in the file', () => {
    const html =
      '<p>Hi Dana,</p><script>var s = "per our policy";</script><p>Per our policy<b> we <i>cannot</p> refund.<div';
    const root = tmpTree({ 'x.html': html });
    const run = runJson(['--no-config', 'x.html'], { cwd: root });
    const result = resultOf(run.json, 'x.html');
    expect(result.findings.filter((f) => f.ruleId === 'cites-policy')).toHaveLength(1);
    expect(at(result, 'cites-policy')).toEqual([1, html.indexOf('Per our policy') + 1]);
  });

  it('malformed JSON and YAML: an error with line and column, exit 2, the other files still linted', () => {
    const root = tmpTree({
      'macros.json': '{"macros": [ {"title": "a", "body": "x" \n',
      'macros.yaml': 'macros:\n  - title: a\n    body: [unclosed\n',
      'b.txt': POLICY,
    });
    const run = runJson(['--no-config', 'macros.json', 'macros.yaml', 'b.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.json.errors).toEqual([
      { file: 'macros.json', line: 2, column: 1, message: 'malformed JSON: close brace expected' },
      expect.objectContaining({ file: 'macros.yaml', line: 4, column: 1 }),
    ]);
    expect(run.json.errors[1].message).toMatch(/^malformed YAML: /);
    expect(run.stderr).toContain(
      'replylint: macros.json:2:1: malformed JSON: close brace expected\n',
    );
    expect(idsOf(resultOf(run.json, 'b.txt'))).toContain('cites-policy');
  });

  const BOMB = [
    'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
    ...'bcdefghi'
      .split('')
      .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
  ].join('\n');

  it('a YAML alias bomb in a reply file: an error at the first alias, no hang', () => {
    const root = tmpTree({
      'macros.yaml': `${BOMB}\nmacros:\n  - title: x\n    body: *i\n`,
      'b.txt': POLICY,
    });
    const run = runJson(['--no-config', 'macros.yaml', 'b.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.json.errors).toEqual([
      {
        file: 'macros.yaml',
        line: 2,
        column: 8,
        message: 'YAML alias *a is not supported in a reply file; write the text out',
      },
    ]);
    expect(idsOf(resultOf(run.json, 'b.txt'))).toContain('cites-policy');
  });

  it('a YAML alias bomb in a config: a config error at its first alias, no hang', () => {
    const root = tmpTree({ '.git/HEAD': '', '.replylintrc.yaml': `${BOMB}\n`, 'b.txt': POLICY });
    const run = runCli(['b.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'replylint: .replylintrc.yaml:2:8: YAML aliases expand too far (more than 100; an alias bomb?)\n',
    );
  });

  it('missing files, directories with nothing to lint, symlink loops: named, exit 2, the rest linted', () => {
    const root = tmpTree({ 'empty-dir/.keep': '', 'b.txt': POLICY });
    symlinkSync('loop-b', path.join(root, 'loop-a'));
    symlinkSync('loop-a', path.join(root, 'loop-b'));
    const run = runJson(['--no-config', 'nope.txt', 'empty-dir', 'loop-a', 'b.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.json.errors).toEqual([
      { file: 'nope.txt', message: 'no such file' },
      { file: 'empty-dir', message: 'no lintable files in this directory' },
      { file: 'loop-a', message: 'too many symbolic links (a symlink loop?)' },
    ]);
    expect(idsOf(resultOf(run.json, 'b.txt'))).toContain('cites-policy');
  });

  it('symbolic links under a directory or glob are not followed (nor looped round); named ones are', () => {
    const root = tmpTree({
      'outside/secret.txt': POLICY,
      'outside/sub/deep.txt': POLICY,
      'root/a.txt': GOOD,
    });
    symlinkSync('../outside/secret.txt', path.join(root, 'root/link.txt'));
    symlinkSync('../outside/sub', path.join(root, 'root/linkdir'));
    symlinkSync('.', path.join(root, 'root/self'));
    const files = (args: string[]) =>
      runJson(['--no-config', ...args], { cwd: root }).json.results.map((r: JsonResult) => r.file);
    expect(files(['root'])).toEqual(['root/a.txt']);
    expect(files(['root/**/*.txt'])).toEqual(['root/a.txt']);
    expect(files(['root/link.txt'])).toEqual(['root/link.txt']);
  });

  it('an unreadable file: "permission denied", exit 2, the other files still linted', () => {
    const root = tmpTree({ 'secret.txt': POLICY, 'b.txt': POLICY });
    chmodSync(path.join(root, 'secret.txt'), 0o000);
    chmodSync(root, 0o755);
    // root reads any file: run the CLI as "nobody" then, for whom the mode holds.
    const asRoot = process.getuid?.() === 0;
    const result = spawnSync(
      process.execPath,
      [BIN, '--no-config', '-f', 'json', 'secret.txt', 'b.txt'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        ...(asRoot && { uid: 65534, gid: 65534 }),
      },
    );
    expect(result.status).toBe(2);
    const json = JSON.parse(result.stdout);
    expect(json.errors).toEqual([{ file: 'secret.txt', message: 'permission denied' }]);
    expect(result.stderr).toContain('replylint: secret.txt: permission denied\n');
    expect(idsOf(resultOf(json, 'b.txt'))).toContain('cites-policy');
  });

  it.each([
    [
      'a syntax error',
      'rules:\n  cites-policy: [error\n',
      /^replylint: \.replylintrc\.yaml:3:1: Flow sequence .* end with a \]\n$/,
    ],
    [
      'a JSON syntax error',
      '{ "rules": { "cites-policy": "off", }\n',
      /^replylint: \.replylintrc\.json:2:1: Flow map must end with a \}\n$/,
    ],
    [
      'an unknown key',
      'rulez:\n  cites-policy: off\n',
      /^replylint: \.replylintrc\.yaml:1:1: unknown key "rulez" \(did you mean "rules"\?\)\n$/,
    ],
    [
      'a wrong type',
      'rules:\n  cites-policy: 42\n',
      /^replylint: \.replylintrc\.yaml:2:3: severity of "cites-policy" must be one of error, warning, info, off\n$/,
    ],
  ])('a config with %s: one line naming file, line and column; exit 2', (_what, content, message) => {
    const name = content.startsWith('{') ? '.replylintrc.json' : '.replylintrc.yaml';
    const root = tmpTree({ '.git/HEAD': '', [name]: content, 'b.txt': POLICY });
    const run = runCli(['b.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  const ruleFile = (patterns: string) =>
    `id: evil\ncategory: tone\nseverity: error\nweight: 5\ndescription: d\nrationale: r\nmessage: evil\nhint: h\nkind: pattern\npatterns: ['${patterns}']\n`;

  it('a user rule with a catastrophic regular expression: runs in linear time (RE2); lookarounds are refused', () => {
    const root = tmpTree({
      '.git/HEAD': '',
      '.replylintrc.yaml': 'rulesDirs: [style]\n',
      'style/evil.yaml': ruleFile('/^(a+)+$/'),
      'b.txt': `Hi Dana, ${'a'.repeat(30_000)}! Thanks, I will call you today.\n`,
    });
    const run = runJson(['b.txt'], { cwd: root });
    expect(idsOf(resultOf(run.json, 'b.txt'))).toContain('evil');
    const lookaround = tmpTree({
      '.git/HEAD': '',
      '.replylintrc.yaml': 'rulesDirs: [style]\n',
      'style/evil.yaml': ruleFile('/(?=a)(a+)+$/'),
      'b.txt': POLICY,
    });
    const refused = runCli(['b.txt'], { cwd: lookaround });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^replylint: style\/evil\.yaml:10:12: "patterns\[0\]": regular expression \/\(\?=a\)\(a\+\)\+\$\/ cannot be used: .*RE2/,
    );
  });

  it('a plugin rule that throws (even a non-Error) or reports outside the text: an internal finding on that draft, exit 2, the rest reported', () => {
    const plugin = `export default { name: 'team', rules: [
      { id: 'throws', message: 'm', check(reply) { if (reply.text.includes('policy')) throw 'a string'; } },
      { id: 'wild', message: 'wild', check(reply, context) { context.report({ span: { start: -5, end: 1e9 } }); } },
    ] };\n`;
    const root = tmpTree({
      'package.json': '{ "type": "module" }',
      '.replylintrc.yaml': 'plugins: [./team.js]\nrules:\n  team/wild: warning\n',
      'team.js': plugin,
      'a.txt': POLICY,
      'b.txt': GOOD,
    });
    const run = runJson(['a.txt', 'b.txt'], { cwd: root });
    expect(run.code).toBe(2);
    const a = resultOf(run.json, 'a.txt');
    expect(a.findings.find((f) => f.ruleId === 'team/throws')).toMatchObject({
      internal: true,
      message:
        'Internal error: rule "team/throws" (plugin ./team.js) crashed on this draft: a string',
    });
    expect(idsOf(a)).toContain('cites-policy');
    // A span outside the text is clamped to it.
    const wild = resultOf(run.json, 'b.txt').findings.find((f) => f.ruleId === 'team/wild');
    expect(wild).toMatchObject({ line: 1, column: 1, endLine: 3, endColumn: 1 });
  });

  it.each([
    ['the report', 'head -1', `--no-config ${path.join(ROOT, 'fixtures/drafts')}`, 1],
    ['JSON', 'true', `--no-config -f json ${path.join(ROOT, 'fixtures/drafts')}`, 1],
    ['the rules list', 'true', 'rules', 0],
  ])('output to a closed pipe (%s | %s): no error, the run keeps its exit code', (_what, reader, args, code) => {
    // `true` exits without reading, so every write meets a closed pipe.
    const result = spawnSync(
      'bash',
      [
        '-c',
        `node ${BIN} ${args} 2>stderr.txt | ${reader} >/dev/null; echo "$\{PIPESTATUS[0]}"; grep -v 'skipped$' stderr.txt || true`,
      ],
      { cwd: tmpTree({}), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(result.stdout).toBe(`${code}\n`);
  });
});
