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
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
