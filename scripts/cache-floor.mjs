// The floor under bench (c): the least any warm-cache run must do, with none of a
// linter's work: stat each file, read and parse replylint's cache file, and write the
// cached findings as JSON. Not replylint; the bench times it beside `replylint --cache`
// to show how much of that run is Node and the cache's size rather than replylint.
//   node scripts/cache-floor.mjs <cache file> <files...>
import { readFileSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

const [cacheFile, ...files] = process.argv.slice(2);
const { entries } = JSON.parse(readFileSync(cacheFile, 'utf8'));
const results = [];
for (const file of files) {
  const absolute = path.resolve(file);
  statSync(absolute);
  results.push(...(entries[absolute]?.results ?? []));
}
writeSync(1, `${JSON.stringify({ version: 1, results }, null, 2)}\n`);
