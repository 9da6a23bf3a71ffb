import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';

/** The fenced block between `<!-- name:start -->` and `<!-- name:end -->` in the README. */
export function readmeBlock(name: string): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`<!-- ${name}:start -->`);
  const end = readme.indexOf(`<!-- ${name}:end -->`);
  if (start < 0 || end < start) throw new Error(`README has no ${name} block`);
  const block = /```\w*\n([\s\S]*?)```/.exec(readme.slice(start, end));
  if (!block?.[1]) throw new Error(`README ${name} block has no code fence`);
  return block[1];
}
