import fs, { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyPatch } from 'diff';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectEdits } from '../../src/fix/edits.js';
import { fixFile } from '../../src/fix/fix-file.js';
import { fixSource } from '../../src/fix/fix-source.js';
import { decode } from '../../src/sources/decode.js';
import { sourceText, tableOrigin } from '../../src/sources/origin.js';
import type { Draft } from '../../src/types.js';
import { tmpTree } from '../helpers/tmp.js';
import { extractText, lintAll } from './helpers.js';

async function fixOnDisk(file: string, mode: true | 'dry-run' = true) {
  const bytes = readFileSync(file);
  const extract = extractText(file);
  const drafts = extract(decode(bytes).text);
  return fixFile({
    file,
    bytes,
    drafts,
    results: await lintAll(drafts),
    extract,
    lint: lintAll,
    mode,
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('fixSource', () => {
  it('applies only the fixes of rules declared fixable', async () => {
    const source = 'Hi Dana!!! Unfortunately the part is late!!\n';
    const extract = extractText('a.txt');
    const drafts = extract(source);
    const outcome = await fixSource({
      source,
      drafts,
      results: await lintAll(drafts),
      extract,
      lint: lintAll,
    });
    expect(outcome.source).toBe('Hi Dana! Unfortunately the part is late!\n');
    expect(outcome.applied).toEqual([
      { ruleId: 'test-bangs', line: 1, column: 8, from: '!!!', to: '!' },
      { ruleId: 'test-bangs', line: 1, column: 42, from: '!!', to: '!' },
    ]);
    // The tone rewrite stays a suggestion in the results, never applied.
    const rewords = outcome.results[0]?.findings.find((f) => f.ruleId === 'test-rewords');
    expect(rewords?.suggestions).toEqual([{ text: 'happily' }]);
    expect(rewords?.fix).toBeUndefined();
  });

  it('is idempotent: a second run changes nothing', async () => {
    const extract = extractText('a.txt');
    let source = 'Wow!!!!\nGreat!!\n';
    for (const expected of [2, 0]) {
      const drafts = extract(source);
      const outcome = await fixSource({
        source,
        drafts,
        results: await lintAll(drafts),
        extract,
        lint: lintAll,
      });
      expect(outcome.applied).toHaveLength(expected);
      source = outcome.source;
    }
    expect(source).toBe('Wow!\nGreat!\n');
  });

  it('drops a pass whose drafts would not read as expected after the edit', async () => {
    const source = 'Great!!!\n';
    const extract = extractText('a.txt');
    const drafts = extract(source);
    const outcome = await fixSource({
      source,
      drafts,
      results: await lintAll(drafts),
      // A format whose extraction changes more than the edit: the fix is not trusted.
      extract: (s) => extract(s.toUpperCase()),
      lint: lintAll,
    });
    expect(outcome.source).toBe(source);
    expect(outcome.applied).toEqual([]);
    expect(outcome.skipped).toBe(1);
  });
});

describe('collectEdits', () => {
  it('maps draft spans to the source through the origin, and skips spans across escapes', async () => {
    // A JSON string: the draft text "Hi!!!\nOk!!" comes from `Hi!!!\nOk!!` with a two-character escape.
    const source = '{"body": "Hi!!!\\nOk!!"}';
    const start = source.indexOf('Hi');
    const text = 'Hi!!!\nOk!!';
    const table = [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11].map((i) => start + i);
    const draft: Draft = {
      file: 'macros.json',
      title: 'Greeting',
      text,
      kind: 'template',
      channel: 'email',
      origin: tableOrigin(sourceText(source), table),
    };
    const [result] = await lintAll([draft]);
    const { edits, unsafe } = collectEdits([draft], result ? [result] : []);
    expect(unsafe).toBe(0);
    expect(edits.map((e) => [source.slice(e.start, e.end), e.text])).toEqual([
      ['!!!', '!'],
      ['!!', '!'],
    ]);
    // A fix whose span covers the escape cannot be mapped verbatim: it is skipped.
    const crossing = {
      ...result,
      findings: [{ ...result?.findings[0], fix: { span: { start: 4, end: 7 }, text: ' ' } }],
    };
    expect(collectEdits([draft], [crossing as never]).unsafe).toBe(1);
  });
});

describe('fixFile on disk', () => {
  it('rewrites the file atomically, keeping mode, BOM and CRLF line endings', async () => {
    const dir = tmpTree({});
    const file = path.join(dir, 'reply.txt');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hi Dana!!!\r\nThanks!!\r\n')]),
    );
    chmodSync(file, 0o640);
    const outcome = await fixOnDisk(file);
    expect(outcome.error).toBeUndefined();
    expect(outcome.fix?.written).toBe(true);
    const after = readFileSync(file);
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(after.subarray(3).toString('utf8')).toBe('Hi Dana!\r\nThanks!\r\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['reply.txt']);
    // Idempotent on disk: the second run has nothing to do and leaves the file alone.
    const mtime = statSync(file).mtimeMs;
    const again = await fixOnDisk(file);
    expect(again.fix).toBeUndefined();
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it('keeps UTF-16 files in UTF-16', async () => {
    const dir = tmpTree({});
    const file = path.join(dir, 'reply.txt');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Merci!!! ☺\n', 'utf16le')]),
    );
    await fixOnDisk(file);
    const after = readFileSync(file);
    expect([...after.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(after.subarray(2).toString('utf16le')).toBe('Merci! ☺\n');
  });

  it('a failing write (rename fails) leaves the original intact and no temp file behind', async () => {
    const dir = tmpTree({});
    const file = path.join(dir, 'reply.txt');
    const original = 'Hi Dana!!!\n';
    writeFileSync(file, original);
    const rename = vi.spyOn(fs, 'rename').mockImplementation(((
      _from: fs.PathLike,
      _to: fs.PathLike,
      callback: (error: NodeJS.ErrnoException | null) => void,
    ) => {
      callback(Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' }));
    }) as typeof fs.rename);
    const outcome = await fixOnDisk(file);
    expect(rename).toHaveBeenCalled();
    expect(outcome.error?.message).toMatch(/could not write the fixes: EIO/);
    expect(outcome.fix).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(readdirSync(dir)).toEqual(['reply.txt']);
    // The findings reported are those of the file as it still is.
    expect(outcome.results[0]?.findings.map((f) => f.excerpt)).toEqual(['!!!']);
  });

  it('does not overwrite a file that changed on disk meanwhile', async () => {
    const dir = tmpTree({});
    const file = path.join(dir, 'reply.txt');
    writeFileSync(file, 'Hi!!!\n');
    const bytes = readFileSync(file);
    const extract = extractText(file);
    const drafts = extract(decode(bytes).text);
    writeFileSync(file, 'Hi!!! (edited)\n');
    const outcome = await fixFile({
      file,
      bytes,
      drafts,
      results: await lintAll(drafts),
      extract,
      lint: lintAll,
      mode: true,
    });
    expect(outcome.error?.message).toMatch(/changed on disk/);
    expect(readFileSync(file, 'utf8')).toBe('Hi!!! (edited)\n');
  });

  it('--fix-dry-run writes nothing and gives a unified diff that applies', async () => {
    const dir = tmpTree({});
    const file = path.join(dir, 'reply.txt');
    const original = 'Hi Dana,\n\nYour order shipped!!!\n\nBest,\nSam\n';
    writeFileSync(file, original);
    const outcome = await fixOnDisk(file, 'dry-run');
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(outcome.fix?.written).toBe(false);
    const diff = outcome.fix?.diff ?? '';
    expect(diff).toMatch(/^--- a\/.*reply\.txt\n\+\+\+ b\/.*reply\.txt\n@@ -1,6 \+1,6 @@\n/);
    expect(diff).toContain('-Your order shipped!!!\n+Your order shipped!\n');
    expect(applyPatch(original, diff)).toBe('Hi Dana,\n\nYour order shipped!\n\nBest,\nSam\n');
    // The results describe the text as it would be.
    expect(outcome.results[0]?.findings).toEqual([]);
  });
});
