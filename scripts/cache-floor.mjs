// A floor under bench (c): the least a warm-cache run that answers every file from the
// cache must do, with none of a linter's work: stat each file, read and parse replylint's
// cache entries, and write the cached findings as JSON. Not replylint; the bench times it
// beside `replylint --cache` to show how much of such a run is Node and the cache's size.
// (A replayed run does less: it prints the recorded output without parsing any findings.)
//   node scripts/cache-floor.mjs <cache file> <files...>
import { readFileSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

const [cacheFile, ...files] = process.argv.slice(2);
// The cache file's second line holds the entries (src/cache/cache-file.ts).
const bytes = readFileSync(cacheFile);
const headerEnd = bytes.indexOf(10);
const header = JSON.parse(bytes.toString('utf8', 0, headerEnd));
const entries = JSON.parse(bytes.toString('utf8', headerEnd + 1, headerEnd + 1 + header.entries));
const results = [];
for (const file of files) {
  const absolute = path.resolve(file);
  statSync(absolute);
  results.push(...(entries[absolute]?.results ?? []));
}
writeSync(1, `${JSON.stringify({ version: 1, results }, null, 2)}\n`);
