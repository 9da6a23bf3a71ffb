// Turns a YAML file into an ES module exporting its data, so built-in rule
// files are parsed once at build time instead of at every start-up.
// Used by the esbuild build (scripts/build.mjs) and by vitest (vitest.config.ts).
import { parse } from 'yaml';

export function yamlToModule(source) {
  return `export default ${JSON.stringify(parse(source, { customTags: [] }))};\n`;
}
