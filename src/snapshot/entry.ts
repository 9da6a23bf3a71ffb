// The startup-snapshot script: the whole CLI bundled into dist/snapshot.cjs (CommonJS: a
// snapshot is built from one script that may require only Node's built-ins). Building
// runs it once, lints a draft to warm the CLI up, and saves the heap: compromise loaded,
// the built-in rules loaded with their patterns compiled, and the code of a whole run
// compiled. That is the ~0.5 s a run otherwise spends before its first finding.
// Starting from the snapshot calls main(), which runs the CLI with the real arguments.
//
// dist/snapshot.cjs starts with a banner (scripts/build.mjs) that makes V8 interpret
// regular expressions while the snapshot is built: V8 cannot serialize the machine code
// of a large one (times.ts's /…/giu compiles to more than its code pages hold), and it
// crashes trying. Bytecode serializes; after the start, regexps tier up as usual.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { run } from '../cli/main.js';
import type { Output } from '../cli/output.js';
import { exitOnceFlushed } from '../util/exit.js';
import { type Importer, useImporter } from '../util/import-module.js';
import { restoreOwnTunables } from './huge-pages.js';
import { SNAPSHOT_ARGS_MARK, WARM_UP_DRAFT } from './protocol.js';
import { isShortRun } from './short-run.js';

/** V8 refuses a snapshot taken under other flags than its own: undo the banner's. */
const REGEXP_FLAGS_RESTORED = '--no-regexp-interpret-all --regexp-tier-up';

/**
 * Lints WARM_UP_DRAFT as plain text and as Markdown, in both report formats, once with a
 * YAML config file (loading the config reader, which --no-config leaves out) and once
 * without.
 */
async function warmUp(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'replylint-warm-up-'));
  const discard: Output = { stdout() {}, stderr() {}, isTTY: false };
  try {
    const text = path.join(dir, 'draft.txt');
    const markdown = path.join(dir, 'draft.md');
    const config = path.join(dir, '.replylintrc.yaml');
    writeFileSync(text, WARM_UP_DRAFT);
    writeFileSync(markdown, `# Reply\n\n${WARM_UP_DRAFT}`);
    writeFileSync(config, 'rules:\n  no-name: warning\n');
    for (const configArgs of [['--config', config], ['--no-config']]) {
      const format = configArgs[0] === '--no-config' ? 'json' : 'stylish';
      // --timeout 0: the time budget runs drafts in a vm.Script, which cannot be serialized.
      const args = [...configArgs, '--timeout', '0', '--format', format, text, markdown];
      const code = await run(args, discard);
      if (code !== 1) throw new Error(`the warm-up lint exited with ${code}, not 1`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Empties the tables compromise unpacked its lexicon into when it loaded, which it has
 * copied into the model it uses and never reads again (scripts/build.mjs hands them over):
 * otherwise every start deserializes and rehashes a second ~49,000-word lexicon.
 */
function dropCompromiseLoadTimeTables(): void {
  const key = Symbol.for('replylint.compromiseLoadTimeTables');
  const holder = globalThis as { [key: symbol]: Array<Record<string, unknown>> | undefined };
  for (const table of holder[key] ?? []) {
    for (const word of Object.keys(table)) delete table[word];
  }
  delete holder[key];
}

/**
 * import() for code compiled into the snapshot, which has no module loader of its own:
 * through a function compiled now, with Node's default loader.
 */
function mainContextImporter(): Importer {
  const script = new vm.Script('(specifier) => import(specifier)', {
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const load = script.runInThisContext() as Importer;
  return async (specifier) => {
    // Node 20 calls this loader experimental and says so on stderr; the user did not ask.
    const emitWarning = process.emitWarning;
    process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
      const text = typeof warning === 'string' ? warning : warning.message;
      if (text.includes('USE_MAIN_CONTEXT_DEFAULT_LOADER')) return;
      (emitWarning as (...a: unknown[]) => void).call(process, warning, ...rest);
    }) as typeof process.emitWarning;
    try {
      return await load(specifier);
    } finally {
      process.emitWarning = emitWarning;
    }
  };
}

async function main(): Promise<void> {
  // Before anything reads the environment (the --cache replay key, plugins, processes).
  restoreOwnTunables();
  const mark = process.argv.indexOf(SNAPSHOT_ARGS_MARK);
  const args = mark >= 0 ? process.argv.slice(mark + 1) : [];
  // Flags are process-wide; short-run.ts says why and when optimising does not pay.
  if (isShortRun(args)) v8.setFlagsFromString('--no-opt');
  let code: number;
  try {
    useImporter(mainContextImporter());
    code = await run(args);
  } catch (error) {
    process.stderr.write(`replylint: ${error instanceof Error ? error.message : error}\n`);
    code = 2;
  }
  exitOnceFlushed(code);
}

// A failed warm-up rejects unhandled: the build exits non-zero and writes no snapshot.
void warmUp()
  .then(dropCompromiseLoadTimeTables)
  .finally(() => v8.setFlagsFromString(REGEXP_FLAGS_RESTORED));

v8.startupSnapshot.setDeserializeMainFunction(() => {
  void main();
});
