// The startup-snapshot script, bundled to dist/snapshot.cjs (CommonJS: a snapshot is
// built from one script that may require only Node's built-ins). Building runs it once
// and saves the heap: compromise loaded, its lexicon expanded and its tagger warmed up,
// the ~0.3 s that otherwise starts every run. Starting from the snapshot calls main(),
// which imports the ordinary CLI bundle and hands it this compromise.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import nlp from 'compromise';
import { SNAPSHOT_ARGS_MARK, SNAPSHOT_NLP_GLOBAL } from './protocol.js';

// Warm-up: the first parse fills compromise's lazy caches, which then land in the snapshot.
nlp("Hi Sam, I'm sorry your order arrived broken. We'll send a new one by Friday.").compute(
  'offset',
);
(globalThis as Record<string, unknown>)[SNAPSHOT_NLP_GLOBAL] = nlp;

interface Cli {
  run(argv: string[]): Promise<number>;
}

/** import() of an ES module from a snapshot, which has no module loader of its own. */
async function importCli(): Promise<Cli> {
  // Required here, not at the top: node:vm is not meant to be loaded while building.
  const vm = require('node:vm') as typeof import('node:vm');
  const url = pathToFileURL(path.join(__dirname, 'cli.js')).href;
  const script = new vm.Script(`import(${JSON.stringify(url)})`, {
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  // Node 20 calls this loader experimental and says so on stderr; the user did not ask.
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === 'string' ? warning : warning.message;
    if (text.includes('USE_MAIN_CONTEXT_DEFAULT_LOADER')) return;
    (emitWarning as (...a: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return (await script.runInThisContext()) as Cli;
  } finally {
    process.emitWarning = emitWarning;
  }
}

async function main(): Promise<void> {
  const mark = process.argv.indexOf(SNAPSHOT_ARGS_MARK);
  const args = mark >= 0 ? process.argv.slice(mark + 1) : [];
  try {
    const cli = await importCli();
    process.exitCode = await cli.run(args);
  } catch (error) {
    process.stderr.write(`replylint: ${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 2;
  }
}

v8.startupSnapshot.setDeserializeMainFunction(() => {
  void main();
});
