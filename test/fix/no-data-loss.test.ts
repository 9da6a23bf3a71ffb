import fs, { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lint } from '../../src/lint.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

// replylint writes nothing but what it is asked to write (--fix, --output-file,
// --cache, init), and a fix is written atomically: a write that fails half way
// leaves the original file as it was.

const SHOUTY = 'Hi Dana,\nThanks for waiting!!! I refunded the order today.\n';

/** Every file under a folder, with its content and modification time. */
function snapshot(root: string): Map<string, { content: string; mtimeMs: number }> {
  const files = new Map<string, { content: string; mtimeMs: number }>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        files.set(path.relative(root, full), {
          content: readFileSync(full, 'base64'),
          mtimeMs: statSync(full).mtimeMs,
        });
      }
    }
  };
  walk(root);
  return files;
}

function project(): string {
  const fixtures = (dir: string) =>
    Object.fromEntries(
      readdirSync(path.join(ROOT, dir)).map((f) => [
        `${dir}/${f}`,
        readFileSync(path.join(ROOT, dir, f)),
      ]),
    );
  return tmpTree({
    '.git/HEAD': '',
    '.replylintrc.yaml': 'rules:\n  no-name: error\n',
    ...fixtures('fixtures/drafts'),
    ...fixtures('fixtures/customers'),
    'shouty.txt': SHOUTY,
    'macros.json': JSON.stringify({ macros: [{ title: 'a', body: SHOUTY }] }),
    'page.html': `<p>${SHOUTY}</p>`,
    'bad.json': '{ "macros": [',
  });
}

describe('no data loss', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['a plain run', ['.']],
    ['JSON output', ['-f', 'json', '.']],
    ['SARIF output', ['-f', 'sarif', '.']],
    ['--fix-dry-run', ['--fix-dry-run', '.']],
    ['--print-config', ['--print-config', 'shouty.txt']],
    [
      'a context file',
      ['--context', 'fixtures/customers/email-bad-double-charge.txt', 'shouty.txt'],
    ],
    ['rules', ['rules']],
    ['explain', ['explain', 'shouting']],
  ])('%s writes nothing: every file keeps its content and mtime, no file appears', (_what, args) => {
    const root = project();
    const before = snapshot(root);
    const run = runCli(args, { cwd: root });
    expect(run.stderr).not.toMatch(/internal error/);
    expect(snapshot(root)).toEqual(before);
  });

  it.each([
    ['--output-file', ['-o', 'out/report.sarif', '-f', 'sarif', '.'], 'out/report.sarif'],
    ['--cache', ['--cache', '.'], '.replylintcache'],
  ])('%s writes that one file and nothing else', (_what, args, written) => {
    const root = project();
    const before = snapshot(root);
    runCli(args, { cwd: root });
    const after = snapshot(root);
    after.delete(written);
    expect(after).toEqual(before);
    expect(readFileSync(path.join(root, written), 'utf8').length).toBeGreaterThan(0);
  });

  it('--fix rewrites only the files --fix-dry-run shows a diff for', () => {
    const root = project();
    const before = snapshot(root);
    const diff = runCli(['--fix-dry-run', '.'], { cwd: root }).stdout;
    const fixable = [...diff.matchAll(/^\+\+\+ b\/(.+)$/gm)].map((m) => m[1]);
    expect(fixable).toEqual(expect.arrayContaining(['page.html', 'shouty.txt']));
    runCli(['--fix', '.'], { cwd: root });
    const after = snapshot(root);
    const changed = [...after.keys()].filter(
      (f) => after.get(f)?.content !== before.get(f)?.content,
    );
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect(changed.sort()).toEqual(fixable.sort());
    expect(readFileSync(path.join(root, 'shouty.txt'), 'utf8')).toBe(SHOUTY.replace('!!!', '!'));
  });

  it('a fix whose atomic rename fails leaves the original intact and no temporary file behind', async () => {
    const root = tmpTree({ '.git/HEAD': '', 'shouty.txt': SHOUTY, 'other.txt': SHOUTY });
    // write-file-atomic writes and flushes a temporary file, then renames it over the original.
    const rename = vi.spyOn(fs, 'rename').mockImplementation(((
      _from: string,
      _to: string,
      callback: (error: NodeJS.ErrnoException) => void,
    ) => {
      const error = Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
      callback(error);
    }) as never);
    const files = ['shouty.txt', 'other.txt'].map((f) => path.join(root, f));
    const report = await lint({ files, cwd: root, fix: true });
    expect(rename).toHaveBeenCalled();
    expect(readFileSync(path.join(root, 'shouty.txt'), 'utf8')).toBe(SHOUTY);
    expect(readdirSync(root).sort()).toEqual(['.git', 'other.txt', 'shouty.txt']);
    expect(report.errors).toEqual(
      files.map((file) => ({ file, message: 'could not write the fixes: EIO: i/o error, rename' })),
    );
    // Both files are still reported, with the findings of the text on disk.
    expect(report.results.map((r) => r.findings.some((f) => f.ruleId === 'shouting'))).toEqual([
      true,
      true,
    ]);
  });

  it('a fix whose write fails half way leaves the original intact', async () => {
    const root = tmpTree({ '.git/HEAD': '', 'shouty.txt': SHOUTY });
    const write = fs.write;
    // The temporary file gets a few bytes, then the disk is full.
    const partial = vi.spyOn(fs, 'write').mockImplementation(((
      fd: number,
      buffer: Buffer,
      ...rest: unknown[]
    ) => {
      const callback = rest[rest.length - 1] as (error: NodeJS.ErrnoException) => void;
      write(fd, buffer.subarray(0, 5), 0, 5, 0, () => {
        callback(
          Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }),
        );
      });
    }) as never);
    const file = path.join(root, 'shouty.txt');
    const report = await lint({ files: [file], cwd: root, fix: true });
    expect(partial).toHaveBeenCalled();
    expect(readFileSync(path.join(root, 'shouty.txt'), 'utf8')).toBe(SHOUTY);
    expect(readdirSync(root).sort()).toEqual(['.git', 'shouty.txt']);
    expect(report.errors).toEqual([
      {
        file,
        message: 'could not write the fixes: ENOSPC: no space left on device, write',
      },
    ]);
  });
});
