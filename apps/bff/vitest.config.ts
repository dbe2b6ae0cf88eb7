import { defineConfig } from 'vitest/config';

export default defineConfig({
  // A harness starts a database (PGlite from a template or initdb) and hashes a password: seconds
  // on a busy 2-core machine, so set-up hooks get a minute, not vitest's 10 s; the storage tests
  // that open and reopen databases inside a test get 30 s, not 5 (on main, db.test's folder restart ran
  // out at 5 s under load). A time limit only; no test asserts on time.
  test: {
    name: 'bff',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // The files share a worker's modules (the BFF, PGlite's WASM compiled once per worker instead of
    // once per file: 6 integration files 119 s -> 80 s). Nothing here mocks modules or globals.
    isolate: false,
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
