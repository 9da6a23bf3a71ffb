import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The trees this test file made, removed after it (test/setup.ts). */
const made: string[] = [];

/** A temporary directory tree: `files` maps relative paths to contents. */
export function tmpTree(files: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'replylint-test-'));
  made.push(root);
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

/** Removes every tree tmpTree made in this test file. */
export function removeTmpTrees(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}
