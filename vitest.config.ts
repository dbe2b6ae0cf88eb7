import { defineConfig } from 'vitest/config';

/** One vitest run for every workspace package's unit, contract and integration tests. */
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      'bench/vitest.config.ts',
    ],
  },
});
