// npm run bench — times replylint against its peers (alex, write-good) and `node -e 0`,
// side by side in one run, paired (A B C A B C …, the order rotated each round) so that
// machine noise hits every tool alike. Reports medians, min–max, ratios and peak memory
// (max RSS from GNU time). Not a test: nothing here asserts on timing.
//   node scripts/bench.mjs [--runs N] [--big-runs N] [--cache-runs N] [--count 2000] [--seed 42]
//                          [--quick]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const quick = args.includes('--quick');
const RUNS = flag('runs', quick ? 3 : 15);
const BIG_RUNS = flag('big-runs', quick ? 1 : 5);
// The warm runs are short and judged against a fixed 0.2 s, not a peer in the same round:
// more rounds keep one noisy stretch of the machine from deciding the median.
const CACHE_RUNS = flag('cache-runs', quick ? 1 : 9);
const COUNT = flag('count', quick ? 200 : 2000);
const SEED = flag('seed', 42);
const TIME = '/usr/bin/time';

const bin = (...p) => path.join(root, ...p);
if (!existsSync(bin('dist/cli.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}
for (const tool of ['node_modules/alex/cli.js', 'node_modules/write-good/bin/write-good.js']) {
  if (!existsSync(bin(tool))) {
    console.error(
      `bench: ${tool} is missing; run npm ci (alex and write-good are devDependencies)`,
    );
    process.exit(2);
  }
}

const work = mkdtempSync(path.join(os.tmpdir(), 'replylint-bench-'));
const files = writeCorpus(path.join(work, 'corpus'), { count: COUNT, seed: SEED });
const one = files.find((f) => f.endsWith('-email.txt')) ?? files[0];
const cacheFile = path.join(work, 'replylintcache');

const node = process.execPath;
const replylintArgv = (input) => [
  node,
  bin('bin/replylint.cjs'),
  '--no-config',
  '--format',
  'json',
  ...input,
];
// replylint runs as a user's second run would: with its startup snapshot, built by the
// first run into a cache directory of the bench's own. The launcher uses it where it
// pays (one draft); for one draft, REPLYLINT_SNAPSHOT=require makes a missing snapshot
// an error rather than a silently slower number.
const snapshotCache = path.join(work, 'xdg-cache');
const tools = {
  'node -e 0': () => [node, '-e', '0'],
  replylint: (input) => ({
    argv: replylintArgv(input),
    env: {
      XDG_CACHE_HOME: snapshotCache,
      REPLYLINT_SNAPSHOT: input.length === 1 ? 'require' : undefined,
    },
  }),
  alex: (input) => [node, bin('node_modules/alex/cli.js'), ...input],
  'write-good': (input) => [node, bin('node_modules/write-good/bin/write-good.js'), ...input],
};

/**
 * Runs a command (argv, or { argv, env, before }) once; returns wall seconds and peak RSS in
 * MiB. `before` runs first, untimed.
 */
function measure(command) {
  const { argv, env = {}, before } = Array.isArray(command) ? { argv: command } : command;
  before?.();
  const rssFile = path.join(work, 'rss');
  const withTime = existsSync(TIME) ? [TIME, '-f', '%M', '-o', rssFile, ...argv] : argv;
  const start = process.hrtime.bigint();
  const result = spawnSync(withTime[0], withTime.slice(1), {
    cwd: work,
    stdio: 'ignore',
    maxBuffer: 1 << 30,
    env: { ...process.env, ...env },
  });
  if (env.REPLYLINT_SNAPSHOT === 'require' && result.status === 2) {
    console.error('bench: replylint found no usable startup snapshot');
    process.exit(2);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = existsSync(rssFile)
    ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024
    : NaN;
  return { seconds, rss, status: result.status };
}

/** Paired rounds: every command once per round, in a rotated order. */
function paired(commands, runs) {
  const names = Object.keys(commands);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (const name of names) measure(commands[name]); // warm the file cache once
  for (let round = 0; round < runs; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) samples[name].push(measure(commands[name]));
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  return samples;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (s) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);

function table(title, samples) {
  const rows = Object.entries(samples).map(([name, runs]) => {
    const secs = runs.map((r) => r.seconds);
    return {
      name,
      median: median(secs),
      min: Math.min(...secs),
      max: Math.max(...secs),
      rss: Math.max(...runs.map((r) => r.rss)),
      // Each round runs every tool back to back: the median of the rounds' own ratios is
      // the paired reading, less moved by the machine drifting between rounds.
      pairedVsAlex: samples.alex
        ? median(runs.map((r, i) => r.seconds / samples.alex[i].seconds))
        : undefined,
    };
  });
  const ref = (n) => rows.find((r) => r.name === n)?.median;
  console.log(`\n${title}`);
  console.log(
    `${'tool'.padEnd(22)}${'median'.padStart(10)}${'min–max'.padStart(20)}${'× alex'.padStart(9)}${'paired'.padStart(8)}${'× write-good'.padStart(14)}${'peak RSS'.padStart(11)}`,
  );
  for (const r of rows) {
    const vsAlex = ref('alex') ? (r.median / ref('alex')).toFixed(2) : '–';
    const paired = r.pairedVsAlex !== undefined ? r.pairedVsAlex.toFixed(2) : '–';
    const vsWg = ref('write-good') ? (r.median / ref('write-good')).toFixed(2) : '–';
    console.log(
      `${r.name.padEnd(22)}${fmt(r.median).padStart(10)}${`${fmt(r.min)}–${fmt(r.max)}`.padStart(20)}${vsAlex.padStart(9)}${paired.padStart(8)}${vsWg.padStart(14)}${`${r.rss.toFixed(0)} MiB`.padStart(11)}`,
    );
  }
  return Object.fromEntries(rows.map((r) => [r.name, r]));
}

console.log(
  `replylint benchmark · ${os.cpus().length} CPUs · Node ${process.version} · corpus: ${COUNT} drafts, seed ${SEED}`,
);
console.log(
  `(a) ${RUNS} paired runs, (b) ${BIG_RUNS}, (c) ${CACHE_RUNS}; median, min–max, ratio of medians (× alex, × write-good),`,
);
console.log("median of the rounds' own ratios to alex (paired), peak RSS");

/** The first run of replylint builds its snapshot in the background; wait for it. */
function buildSnapshot() {
  spawnSync(replylintArgv([one])[0], replylintArgv([one]).slice(1), {
    cwd: work,
    stdio: 'ignore',
    env: { ...process.env, XDG_CACHE_HOME: snapshotCache, REPLYLINT_SNAPSHOT: undefined },
  });
  const folder = path.join(snapshotCache, 'replylint');
  for (const end = Date.now() + 60_000; Date.now() < end; ) {
    if (existsSync(folder) && readdirSync(folder).some((f) => f.endsWith('.blob'))) return;
    spawnSync('sleep', ['0.2']);
  }
  console.error('bench: the startup snapshot was not built within 60 s');
  process.exit(2);
}
buildSnapshot();

const coldCommands = Object.fromEntries(Object.entries(tools).map(([n, t]) => [n, t([one])]));
// The first run on a machine, or with REPLYLINT_SNAPSHOT=0: the bundle alone.
coldCommands['replylint, no snapshot'] = {
  argv: replylintArgv([one]),
  env: { REPLYLINT_SNAPSHOT: '0' },
};
const cold = table('(a) cold start, one draft', paired(coldCommands, RUNS));

const big = table(
  `(b) one invocation over ${COUNT} drafts`,
  paired(Object.fromEntries(Object.entries(tools).map(([n, t]) => [n, t(files)])), BIG_RUNS),
);

// (c) warm cache: prime once, then time re-lints of the unchanged corpus. A re-lint with
// the same command line replays the recorded run (src/cache/replay.ts); beside it, the
// same with replays off (every file answered from the cache), and a run over the corpus
// plus one draft that changes before every run (a pull request that edits one macro).
const cached = {
  argv: [...replylintArgv(files), '--cache', '--cache-location', cacheFile],
  env: { XDG_CACHE_HOME: snapshotCache },
};
const changing = path.join(work, 'changing.txt');
const versions = [files[0], files[1]].map((f) => readFileSync(f));
let version = 0;
const oneChanged = {
  argv: [...replylintArgv([...files, changing]), '--cache', '--cache-location', `${cacheFile}-2`],
  env: { XDG_CACHE_HOME: snapshotCache },
  before: () => writeFileSync(changing, versions[version++ % 2]),
};
const primed = measure(cached);
measure(oneChanged);
let warm;
if (primed.status === 2) {
  console.log('\n(c) warm cache: n/a (this build has no --cache)');
} else {
  warm = table(
    `(c) ${COUNT} unchanged drafts, warm cache`,
    paired(
      {
        'replylint --cache': cached,
        'replylint, no replay': { ...cached, env: { ...cached.env, REPLYLINT_REPLAY: '0' } },
        'replylint, 1 changed': oneChanged,
        'write-good': tools['write-good'](files),
        // Not a linter: stat the files, parse the cache, write its findings (the floor of
        // answering every file from the cache, which a replay does not do).
        'floor (cache-floor.mjs)': [node, bin('scripts/cache-floor.mjs'), cacheFile, ...files],
      },
      CACHE_RUNS,
    ),
  );
}

console.log('\nTargets (issue 7)');
const check = (label, ok, detail) => console.log(`  ${ok ? '✔' : '✖'} ${label}: ${detail}`);
const ratio = (a, b) => (a / b).toFixed(2);
// Judged on the ratio of medians; the paired ratio is shown beside it.
check(
  'cold start ≤ 0.5× alex',
  cold.replylint.median <= 0.5 * cold.alex.median,
  `${ratio(cold.replylint.median, cold.alex.median)}× alex (paired ${cold.replylint.pairedVsAlex.toFixed(2)}), ${ratio(cold.replylint.median, cold['write-good'].median)}× write-good (aim ≤ 1.5×)`,
);
check(
  `${COUNT} drafts ≤ 0.6× alex`,
  big.replylint.median <= 0.6 * big.alex.median,
  `${ratio(big.replylint.median, big.alex.median)}× alex (paired ${big.replylint.pairedVsAlex.toFixed(2)}), ${ratio(big.replylint.median, big['write-good'].median)}× write-good (aim ≤ 1×)`,
);
if (warm)
  check(
    'warm cache ≤ 0.2 s',
    warm['replylint --cache'].median <= 0.2,
    fmt(warm['replylint --cache'].median),
  );
check(
  `peak memory on ${COUNT} drafts ≤ 300 MiB`,
  big.replylint.rss <= 300,
  `${big.replylint.rss.toFixed(0)} MiB`,
);

rmSync(work, { recursive: true, force: true });
