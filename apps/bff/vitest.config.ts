import { defineConfig } from 'vitest/config';

export default defineConfig({
  // A harness starts a database (PGlite's initdb in a child process) and hashes a password:
  // seconds on a busy 2-core machine, so set-up hooks get a minute, not vitest's 10 s.
  test: { name: 'bff', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], environment: 'node', hookTimeout: 60_000 },
});
