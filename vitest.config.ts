import { defineConfig } from 'vitest/config';
import { yamlToModule } from './scripts/yaml-module.mjs';

export default defineConfig({
  plugins: [
    {
      name: 'replylint-yaml',
      transform(code, id) {
        return id.endsWith('.yaml') ? { code: yamlToModule(code), map: null } : null;
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    // The CLI under test must not build startup snapshots into the user's cache; the
    // snapshot tests turn it on with a temporary XDG_CACHE_HOME.
    env: { REPLYLINT_SNAPSHOT: '0' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
