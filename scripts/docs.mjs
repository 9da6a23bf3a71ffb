// Generates the README's rules table (from the rule files, through the built
// CLI's `replylint rules --format json`) and its sample output (the quick-start
// command, run for real). `--check` fails instead of writing when the README has
// drifted; test/docs.test.ts runs the same check.
//   node scripts/docs.mjs [--check]      (after a build: npm run docs builds first)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const readmePath = path.join(root, 'README.md');

/** The quick-start command the README shows, and whose output it prints. */
export const QUICK_START = ['fixtures/drafts/email-policy-wall.txt'];

function cli(args) {
  const run = spawnSync(process.execPath, [path.join(root, 'bin/replylint.cjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  if (run.status === 2 || run.error) {
    throw new Error(`replylint ${args.join(' ')} failed: ${run.stderr || run.error}`);
  }
  return run.stdout;
}

export function rulesTable() {
  const rules = JSON.parse(cli(['rules', '--format', 'json']));
  const header = ['rule', 'category', 'default severity', 'weight', 'flags'];
  const rows = rules.map((r) => [
    `\`${r.id}\``,
    r.category,
    r.severity,
    String(r.weight),
    r.description.replace(/\|/g, '\\|'),
  ]);
  // Padded like Biome formats Markdown tables, so `npm run format` leaves it alone.
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function sampleOutput() {
  const out = cli(['--no-config', ...QUICK_START]).trimEnd();
  return ['```console', `$ npx replylint ${QUICK_START.join(' ')}`, out, '```'].join('\n');
}

function replaceBlock(text, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/** The README with its generated blocks brought up to date. */
export function renderReadme(text) {
  return replaceBlock(
    replaceBlock(text, 'rules-table', rulesTable()),
    'sample-output',
    sampleOutput(),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = readFileSync(readmePath, 'utf8');
  const next = renderReadme(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      process.stderr.write('README.md is out of date: run `npm run docs`\n');
      process.exit(1);
    }
  } else if (next !== current) {
    writeFileSync(readmePath, next);
    process.stderr.write('README.md updated\n');
  }
}
