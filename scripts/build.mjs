// Bundles the CLI and the library with esbuild: one file per entry point plus
// shared chunks, so Node does not walk hundreds of module files at start-up,
// and compromise stays in its own chunk, loaded only when a draft is analysed.
import { readFile, rm } from 'node:fs/promises';
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

export async function buildBundle({ quiet = false } = {}) {
  await rm(path.join(root, 'dist'), { recursive: true, force: true, maxRetries: 3 }).catch(
    () => {},
  );
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
      // bin/replylint.js: run from a startup snapshot when there is one, else build it.
      launch: 'src/snapshot/launch.ts',
      // bin/replylint.js, given --cache: replay the last run if nothing it read changed.
      replay: 'src/cache/replay.ts',
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
  // The startup-snapshot script: the whole CLI in one CommonJS file, because
  // `node --build-snapshot` runs a single script that may require only Node's built-ins
  // (dynamic imports of bundled modules are inlined). See src/snapshot/entry.ts.
  await build({
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
        "const __replylintModuleUrl = require('node:url').pathToFileURL(__filename).href;",
        // Before any regexp runs: see src/snapshot/entry.ts.
        "if (require('node:v8').startupSnapshot.isBuildingSnapshot()) require('node:v8').setFlagsFromString('--regexp-interpret-all');",
      ].join('\n'),
    },
    plugins: [yamlPlugin, fdirWithoutOptionalRequire],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildBundle({ quiet: process.argv.includes('--quiet') });
}
