import { describe, expect, it } from 'vitest';
import { runKey } from '../../src/cache/run-key.js';

describe('runKey', () => {
  const key = (env: NodeJS.ProcessEnv, args = ['--cache', 'macros'], tty = false) =>
    runKey(args, '/work', env, tty);

  it('changes with the arguments, the folder, a terminal and the colour variables', () => {
    const base = key({});
    expect(key({}, ['--cache', 'macros', '--quiet'])).not.toBe(base);
    expect(runKey(['--cache', 'macros'], '/elsewhere', {}, false)).not.toBe(base);
    expect(key({}, undefined, true)).not.toBe(base);
    expect(key({ NO_COLOR: '1' })).not.toBe(base);
    expect(key({ FORCE_COLOR: '0' })).not.toBe(base);
    expect(key({ REPLYLINT_EAGER_TAGGING: '1' })).not.toBe(base);
  });

  it('ignores variables that change how the answers are reached, or nothing at all', () => {
    const base = key({});
    expect(key({ REPLYLINT_SNAPSHOT: '0', REPLYLINT_REPLAY: '0' })).toBe(base);
    expect(key({ PATH: '/bin', HOME: '/root', TERM: 'xterm' })).toBe(base);
  });
});
