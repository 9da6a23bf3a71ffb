import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  folderListing,
  inputsUnchanged,
  pathState,
  type RunInputs,
} from '../../src/cache/run-inputs.js';
import { tmpTree } from '../helpers/tmp.js';

/** A time at which every file just made is old enough for its stat to be trusted. */
const later = () => Date.now() + 10_000;

describe('pathState', () => {
  it("is a file's signature, 'dir' for a folder, null for nothing there", () => {
    const root = tmpTree({ 'a.txt': 'hi', 'sub/b.txt': 'yo' });
    expect(pathState(path.join(root, 'a.txt'), later())).toMatch(/^2:\d+:/);
    expect(pathState(path.join(root, 'sub'), later())).toBe('dir');
    expect(pathState(path.join(root, 'missing.txt'), later())).toBeNull();
    expect(pathState(path.join(root, 'a.txt', 'under-a-file'), later())).toBe('!ENOTDIR');
  });

  it('is undefined for a file changed within the last two seconds', () => {
    const file = path.join(tmpTree({ 'a.txt': 'hi' }), 'a.txt');
    const { mtimeMs, ctimeMs } = statSync(file);
    expect(pathState(file, Math.max(mtimeMs, ctimeMs) + 1000)).toBeUndefined();
  });
});

describe('folderListing', () => {
  it('lists the names a folder search could lint, leaving out hidden ones', () => {
    const root = tmpTree({ 'b.txt': '', 'a.md': '', '.replylintcache': '', '.x/y.txt': '' });
    mkdirSync(path.join(root, 'sub'));
    expect(folderListing(root)?.split('\0')).toEqual(['a.md', 'b.txt', 'sub']);
    expect(folderListing(path.join(root, 'nope'))).toBeUndefined();
  });
});

describe('inputsUnchanged', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds while every path and folder is as recorded, and not after any change', () => {
    const root = tmpTree({ 'drafts/a.txt': 'hi' });
    const file = path.join(root, 'drafts/a.txt');
    const folder = path.join(root, 'drafts');
    const config = path.join(root, '.replylintrc.yaml');
    // Ten seconds on: the files just made are old enough for their stats to be trusted.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(later());
    const inputs = {
      paths: [file, config],
      states: [pathState(file) as string, null],
      folders: { [folder]: folderListing(folder) as string },
    };
    expect(inputsUnchanged(inputs)).toBe(true);

    writeFileSync(path.join(folder, '.hidden'), 'x'); // hidden: not a draft
    expect(inputsUnchanged(inputs)).toBe(true);

    writeFileSync(path.join(folder, 'b.txt'), 'new draft');
    expect(inputsUnchanged(inputs)).toBe(false);
    rmSync(path.join(folder, 'b.txt'));
    expect(inputsUnchanged(inputs)).toBe(true);

    writeFileSync(config, 'rules: {}');
    expect(inputsUnchanged(inputs)).toBe(false);
    rmSync(config);
    expect(inputsUnchanged(inputs)).toBe(true);

    writeFileSync(file, 'ho'); // same size: the change time tells
    expect(inputsUnchanged(inputs)).toBe(false);
  });

  it('takes inputs of another layout for changed', () => {
    const older = { paths: { '/a.txt': '1:2:3:4' }, folders: {} } as unknown as RunInputs;
    expect(inputsUnchanged(older)).toBe(false);
    expect(inputsUnchanged({ paths: ['/a.txt'], states: [], folders: {} })).toBe(false);
  });
});
