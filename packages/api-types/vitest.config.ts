import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'api-types', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], environment: 'node' },
});
