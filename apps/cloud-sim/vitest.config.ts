import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'cloud-sim', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], environment: 'node' },
});
