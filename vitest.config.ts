import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** One vitest run for every workspace package's unit, contract and integration tests. */
export default defineConfig({
  test: {
    // Two files at a time on a 2-core machine (vitest's default is cores - 1): one waits on sockets,
    // timers and simulated tasks while the other computes (docs/testing.md).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      'packages/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      'bench/vitest.config.ts',
    ],
  },
});
