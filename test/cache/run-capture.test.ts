import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COSMICONFIG_META_PLACES, captureInputs } from '../../src/cache/run-capture.js';
import { SEARCH_PLACES } from '../../src/config/load.js';
import { tmpTree } from '../helpers/tmp.js';

const require = createRequire(import.meta.url);

/** Captured ten seconds on: the files just made are old enough for their stats to be trusted. */
function capture(request: Parameters<typeof captureInputs>[0]) {
  return captureInputs(request, Date.now() + 10_000);
}

function repo() {
  return tmpTree({
    'macros/a.txt': 'Hi Dana, thanks.',
    'macros/zendesk/b.json': '{}',
    'macros/.drafts/c.txt': 'hidden',
    'macros/node_modules/x/d.txt': 'a dependency',
    'one.txt': 'Hi.',
  });
}

describe('captureInputs', () => {
  it('notes the files named, every folder searched with its files, and the ignore file', () => {
    const cwd = repo();
    const inputs = capture({ cwd, patterns: ['macros', 'one.txt'], config: false });
    const at = (p: string) => path.join(cwd, p);
    expect(Object.keys(inputs?.folders ?? {})).toEqual([at('macros'), at('macros/zendesk')]);
    expect(inputs?.folders[at('macros')]?.split('\0')).toEqual([
      'a.txt',
      'node_modules',
      'zendesk',
    ]);
    expect([...(inputs?.paths ?? [])].sort()).toEqual(
      [
        at('.replylintignore'),
        at('macros/a.txt'),
        at('macros/zendesk/b.json'),
        at('one.txt'),
      ].sort(),
    );
    const stateOf = (file: string) => inputs?.states[inputs.paths.indexOf(at(file))];
    expect(stateOf('.replylintignore')).toBeNull();
    expect(stateOf('one.txt')).toMatch(/^3:\d+:/);
    expect(inputs?.states).toHaveLength(4);
  });

  it('notes every place a config file could appear, from each draft folder up to the root', () => {
    const cwd = repo();
    const inputs = capture({ cwd, patterns: ['macros/zendesk/b.json'], config: true });
    const places = inputs?.paths ?? [];
    for (const folder of [path.join(cwd, 'macros/zendesk'), path.join(cwd, 'macros'), cwd, '/']) {
      for (const place of [...SEARCH_PLACES, '.git']) {
        expect(places).toContain(path.join(folder, place));
      }
    }
    for (const place of COSMICONFIG_META_PLACES) expect(places).toContain(path.join(cwd, place));
  });

  it('notes the --config file and the --context file instead', () => {
    const cwd = repo();
    const inputs = capture({
      cwd,
      patterns: ['one.txt'],
      config: 'conf.yaml',
      contextFile: 'macros/a.txt',
    });
    const places = inputs?.paths ?? [];
    expect(places).toContain(path.join(cwd, 'conf.yaml'));
    expect(places).toContain(path.join(cwd, 'macros/a.txt'));
    expect(places).not.toContain(path.join(cwd, '.replylintrc.yaml'));
  });

  it('gives up on standard input, globs and files changed within the last two seconds', () => {
    const cwd = repo();
    expect(capture({ cwd, patterns: ['-'], config: false })).toBeUndefined();
    expect(capture({ cwd, patterns: ['macros/*.txt'], config: false })).toBeUndefined();
    expect(captureInputs({ cwd, patterns: ['one.txt'], config: false })).toBeUndefined();
  });

  it("knows cosmiconfig's own search places", () => {
    const cosmiconfig = path.dirname(require.resolve('cosmiconfig'));
    const { metaSearchPlaces } = require(path.join(cosmiconfig, 'defaults.js'));
    expect(COSMICONFIG_META_PLACES).toEqual(metaSearchPlaces);
  });
});
