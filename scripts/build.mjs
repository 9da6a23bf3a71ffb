// Bundles the CLI and the library with esbuild: one file per entry point plus
// shared chunks, so Node does not walk hundreds of module files at start-up,
// and compromise stays in its own chunk, loaded only when a draft is analysed.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { yamlToModule } from './yaml-module.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const yamlPlugin = {
  name: 'yaml',
  setup(b) {
    b.onLoad({ filter: /\.yaml$/ }, async (args) => ({
      contents: yamlToModule(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};

// fdir (under tinyglobby) looks for an optional picomatch beside itself with createRequire(),
// when its module loads. In the CLI bundle that loaded a second copy of picomatch (five
// CommonJS files from node_modules) on every start that globs or expands paths; in the
// snapshot it would load a module file while the snapshot is built, which Node forbids.
// replylint never uses the fdir feature it is for (its glob builder).
const fdirWithoutOptionalRequire = {
  name: 'fdir-without-optional-require',
  setup(b) {
    b.onResolve({ filter: /^(node:)?module$/ }, (args) =>
      /[\\/]fdir[\\/]/.test(args.importer)
        ? { path: 'module', namespace: 'no-require' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-require' }, () => ({
      contents:
        "export function createRequire() { const none = () => { throw new Error('not bundled: the optional picomatch of fdir'); }; none.resolve = none; return none; }",
      loader: 'js',
    }));
  },
};

// compromise's preTagger keeps the lexicon and the switches it unpacks at load time in its
// plugin's model, which loading then copies word by word into the model the library uses.
// The originals are never read again, but they stay reachable through module variables,
// and in the startup snapshot the larger (~49,000 words) costs ~25 ms of every start to
// deserialize and rehash. For the snapshot only, the module also hands them to
// src/snapshot/entry.ts, which empties them once the warm-up is done.
const COMPROMISE_LEXICON =
  /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]lexicon[\\/]index\.js$/;
const LEXICON_EXPORT = 'export { lexicon, switches, frozenLex }';
const compromiseLoadTimeTables = {
  name: 'compromise-load-time-tables',
  setup(b) {
    b.onLoad({ filter: COMPROMISE_LEXICON }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(LEXICON_EXPORT)) {
        // Another compromise: the snapshot simply keeps both copies.
        return {
          contents: source,
          loader: 'js',
          warnings: [
            {
              text: 'compromise lexicon module changed: its load-time tables stay in the snapshot',
            },
          ],
        };
      }
      return {
        contents: `${source}\nglobalThis[Symbol.for('replylint.compromiseLoadTimeTables')] = [lexicon, switches];\n`,
        loader: 'js',
      };
    });
  },
};

/**
 * V8 keeps the whole source of the snapshot script in the snapshot (functions compile lazily
 * from it), as a two-byte string as soon as it holds one non-Latin-1 character. esbuild
 * leaves those in regexp literals; as \u escapes (surrogate pairs in /u regexps still
 * mean one code point) the source stays one byte per character.
 */
function asciiOnly(code) {
  // After a backslash, an escape would change meaning (`\é` is é, `\\u00e9` is not): refuse.
  if (/\\[\u0080-\uffff]/.test(code)) {
    throw new Error('snapshot script: a non-ASCII character after a backslash; escape it by hand');
  }
  return code.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export async function buildBundle({ quiet = false } = {}) {
  await rm(path.join(root, 'dist'), { recursive: true, force: true, maxRetries: 3 }).catch(
    () => {},
  );
  // import.meta.url for a module bundled to CommonJS.
  const MODULE_URL_BANNER =
    "const __replylintModuleUrl = require('node:url').pathToFileURL(__filename).href;";
  // What the CLI bundle and the snapshot script share.
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    // Prefer packages' ESM builds: jsonc-parser's UMD main requires its modules dynamically,
    // which a bundle cannot follow.
    mainFields: ['module', 'main'],
    // cosmiconfig can load TypeScript configs through `typescript`; replylint does not
    // search for .ts configs, and bundling the compiler would add 10 MB.
    external: ['typescript'],
    legalComments: 'none',
    logLevel: quiet ? 'error' : 'warning',
  };
  await build({
    ...common,
    entryPoints: {
      cli: 'src/cli/main.ts',
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      // The worker threads of --concurrency / --timeout load this entry.
      'lint-worker': 'src/workers/lint-worker.ts',
      'snapshot-builder': 'src/snapshot/builder.ts',
    },
    outdir: 'dist',
    splitting: true,
    format: 'esm',
    packages: 'bundle',
    chunkNames: 'chunks/[name]-[hash]',
    // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __replylintRequire } from 'node:module'; const require = __replylintRequire(import.meta.url);",
    },
    inject: [path.join(root, 'scripts/cjs-shims.mjs')],
    plugins: [yamlPlugin, fdirWithoutOptionalRequire],
  });
  // What bin/replylint.cjs requires before the CLI: given --cache, replay the last run if
  // nothing it read changed; else run from a startup snapshot when there is one. Each is
  // one CommonJS file of its own (no shared chunks, no ES module loader): both paths take
  // ~0.1 s besides Node's start, and each module file loaded costs a little of it
  // (launch: 18 ms with its chunks, ~5 ms alone).
  for (const [name, entry] of [
    ['replay', 'src/cache/replay.ts'],
    ['launch', 'src/snapshot/launch.ts'],
  ]) {
    await build({
      ...common,
      entryPoints: [entry],
      outfile: `dist/${name}.cjs`,
      format: 'cjs',
      // Both find dist/ files from their own URL.
      define: { 'import.meta.url': '__replylintModuleUrl' },
      banner: { js: MODULE_URL_BANNER },
    });
  }
  // The startup-snapshot script: the whole CLI in one CommonJS file, because
  // `node --build-snapshot` runs a single script that may require only Node's built-ins
  // (dynamic imports of bundled modules are inlined). See src/snapshot/entry.ts.
  const snapshot = await build({
    ...common,
    entryPoints: ['src/snapshot/entry.ts'],
    outfile: 'dist/snapshot.cjs',
    format: 'cjs',
    // The modules that find dist/ files (the worker, the build fingerprint) from their own URL.
    define: { 'import.meta.url': '__replylintModuleUrl' },
    banner: {
      js: [
        // The banner goes before esbuild's own "use strict", which must come first.
        "'use strict';",
        MODULE_URL_BANNER,
        // Before any regexp runs: see src/snapshot/entry.ts.
        "if (require('node:v8').startupSnapshot.isBuildingSnapshot()) require('node:v8').setFlagsFromString('--regexp-interpret-all');",
      ].join('\n'),
    },
    plugins: [yamlPlugin, fdirWithoutOptionalRequire, compromiseLoadTimeTables],
    // Every start from the snapshot deserializes this script's source and the names in
    // it: minified (names kept: they are what Function#name reports) and ASCII, the
    // blob is ~4.5 MB smaller and starts ~40 ms sooner.
    minify: true,
    keepNames: true,
    write: false,
  });
  for (const file of snapshot.outputFiles) await writeFile(file.path, asciiOnly(file.text));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildBundle({ quiet: process.argv.includes('--quiet') });
}
