import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

// Which bundled packages a run of the built CLI loads: a module hook logs every ES module
// Node loads, a require() hook every CommonJS one (bin/replylint.cjs and the two dist/
// files it requires), and esbuild's "// node_modules/<package>/…" comments say what each
// dist/ file holds. A run answered from the cache must not pay for the parsers or the NLP.

/** Module hooks that append each loaded module's URL to $REPLYLINT_TEST_MODULE_LOG. */
const HOOKS = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.REPLYLINT_TEST_MODULE_LOG, url + '\\n');
  return next(url, context);
}`;

/** The same for require(): module files as file: URLs, built-ins as node: ones. */
const REQUIRE_HOOK = `
const Module = require('node:module');
const { appendFileSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
const load = Module._load;
Module._load = function (request, parent, ...rest) {
  const url = Module.isBuiltin(request)
    ? 'node:' + request.replace(/^node:/, '')
    : pathToFileURL(Module._resolveFilename(request, parent)).href;
  appendFileSync(process.env.REPLYLINT_TEST_MODULE_LOG, url + '\\n');
  return load.call(this, request, parent, ...rest);
};`;

/** The URLs of every module `replylint <args>` loads in `cwd` (node: built-ins too). */
function loadedUrls(cwd: string, args: string[]): string[] {
  const hooks = path.join(cwd, 'hooks.mjs');
  const requireHook = path.join(cwd, 'require-hook.cjs');
  const log = path.join(cwd, 'modules.log');
  writeFileSync(hooks, HOOKS);
  writeFileSync(requireHook, REQUIRE_HOOK);
  writeFileSync(log, '');
  const register = `import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(hooks).href)});`;
  const run = spawnSync(
    process.execPath,
    [
      '--require',
      requireHook,
      '--import',
      `data:text/javascript,${encodeURIComponent(register)}`,
      BIN,
      ...args,
    ],
    { cwd, encoding: 'utf8', env: { ...process.env, REPLYLINT_TEST_MODULE_LOG: log } },
  );
  expect(run.status, run.stderr).toBeLessThan(2);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

/** The dist/ files that `replylint <args>` loads in `cwd`. */
function loadedFiles(cwd: string, args: string[]): string[] {
  const dist = path.join(ROOT, 'dist');
  return loadedUrls(cwd, args)
    .filter((url) => url.startsWith('file:'))
    .map((url) => fileURLToPath(url))
    .filter((file) => file.startsWith(dist));
}

/** The packages of the bundle that `replylint <args>` loads in `cwd`. */
function loadedPackages(cwd: string, args: string[]): Set<string> {
  const packages = new Set<string>();
  for (const file of loadedFiles(cwd, args)) {
    for (const [, name] of readFileSync(file, 'utf8').matchAll(
      /^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm,
    )) {
      packages.add(name as string);
    }
  }
  return packages;
}

const DRAFT = 'Hi Sam,\n\nPer our policy, refunds take 5-7 business days. Please calm down.\n';
const HEAVY = ['compromise', 'micromark', 'htmlparser2', 'yaml', 'cosmiconfig', 'jsonc-parser'];

describe('what a run of the CLI loads', () => {
  it('a warm --cache run loads no format reader, no config reader and no NLP library', () => {
    const cwd = tmpTree({ 'package.json': '{}', 'a.txt': DRAFT, 'b.md': `# Reply\n\n${DRAFT}` });
    const args = ['--no-config', '--cache', '--format', 'json', 'a.txt', 'b.md'];
    // The first run lints, so it loads them: the hook does see what a run loads.
    const cold = loadedPackages(cwd, args);
    expect([...cold]).toEqual(expect.arrayContaining(['compromise', 'micromark']));
    const warm = loadedPackages(cwd, args);
    expect(HEAVY.filter((name) => warm.has(name))).toEqual([]);
  });

  it('a replayed --cache run loads dist/replay.cjs alone: not the CLI, no shared chunk', async () => {
    const cwd = tmpTree({ 'package.json': '{}', 'a.txt': DRAFT });
    // A run is recorded only when what it reads is older than two seconds.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const args = ['--cache', '--format', 'json', 'a.txt'];
    expect(loadedFiles(cwd, args).map((f) => path.basename(f))).toContain('cli.js');
    const replayed = loadedFiles(cwd, args).map((f) => path.relative(ROOT, f));
    expect(replayed).toEqual([path.join('dist', 'replay.cjs')]);
    // node:crypto alone takes several milliseconds to load (build-tag.ts hashes without it),
    // and node:tty loads node:net: a stat tells that stdout, a pipe here, is no terminal.
    const builtins = loadedUrls(cwd, args);
    expect(builtins).not.toContain('node:crypto');
    expect(builtins).not.toContain('node:tty');
  });

  it('a run that is not replayed first loads dist/launch.cjs alone, without node:crypto', () => {
    const cwd = tmpTree({ 'package.json': '{}', 'a.txt': DRAFT });
    const urls = loadedUrls(cwd, ['--no-config', 'a.txt']);
    const firstCli = urls.findIndex((url) => url.endsWith('/dist/cli.js'));
    const beforeCli = urls.slice(0, firstCli);
    // Both hooks see the main script.
    const files = new Set(
      beforeCli.filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url)),
    );
    expect([...files].map((file) => path.relative(ROOT, file))).toEqual([
      path.join('bin', 'replylint.cjs'),
      path.join('dist', 'launch.cjs'),
    ]);
    expect(beforeCli).not.toContain('node:crypto');
  });

  it('a config file loads the config reader', () => {
    const cwd = tmpTree({ 'package.json': '{}', '.replylintrc.yaml': 'channel: chat\n' });
    const packages = loadedPackages(cwd, ['--print-config', 'a.txt']);
    expect([...packages]).toEqual(expect.arrayContaining(['cosmiconfig', 'yaml']));
    expect(packages.has('compromise')).toBe(false);
  });

  it('--help loads no linting code', () => {
    const cwd = tmpTree({});
    const packages = loadedPackages(cwd, ['--help']);
    expect(HEAVY.filter((name) => packages.has(name))).toEqual([]);
  });

  // A bundled package may still require() a file of its own at run time (fdir did, for
  // an optional picomatch): every start would then read and compile it from node_modules.
  it('requires no module file at run time: everything a lint needs is bundled', () => {
    const cwd = tmpTree({
      'package.json': '{}',
      '.replylintrc.yaml': 'channel: chat\n',
      'a.txt': DRAFT,
      'replies/b.md': `# Reply\n\n${DRAFT}`,
    });
    const preload = path.join(cwd, 'log-requires.cjs');
    const log = path.join(cwd, 'requires.log');
    writeFileSync(
      preload,
      `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (!Module.isBuiltin(request)) require('node:fs').appendFileSync(${JSON.stringify(log)}, request + '\\n');
  return load.call(this, request, ...rest);
};`,
    );
    writeFileSync(log, '');
    const run = spawnSync(process.execPath, ['--require', preload, BIN, '.'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, REPLYLINT_SNAPSHOT: '0' },
    });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain('cites-policy');
    // The only module files required: the launcher and its own part of the bundle.
    expect(readFileSync(log, 'utf8').split('\n').filter(Boolean)).toEqual([
      BIN,
      '../dist/launch.cjs',
    ]);
  });
});
