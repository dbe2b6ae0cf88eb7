import { defineConfig } from 'vitest/config';

// Files share a worker's modules (imported once, not per file): nothing here mocks modules or globals.
export default defineConfig({
  test: { name: 'api-types', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], environment: 'node', isolate: false },
});
