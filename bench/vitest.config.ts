import { defineProject } from 'vitest/config';

/** The benchmarks' own helpers (not the benchmarks, which print numbers and assert nothing). */
export default defineProject({
  test: { name: 'bench', include: ['*.test.ts'] },
});
