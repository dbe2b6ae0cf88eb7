import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import { defineConfig } from 'vite';

const require = createRequire(import.meta.url);
// React Router's package points every bundler at its development build (warnings and all); the
// browser gets the production build of the same version.
const reactRouterProduction = require.resolve('react-router').replace(/development[\\/]index\.m?js$/, 'production/index.mjs');

const FRAMEWORK = /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/][^\\/]+|clsx)[\\/]|@mantine[\\/]core[\\/]esm[\\/]core[\\/]/;

// The BFF serves dist/ at '/' in production (and does the SPA fallback); in dev Vite proxies
// /api to it, so the browser only ever talks to its own origin.
export default defineConfig(({ command }) => ({
  base: '/',
  plugins: [react()],
  resolve: command === 'build' ? { alias: [{ find: /^react-router$/, replacement: reactRouterProduction }] } : {},
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
  },
  // Source maps are written (the bundle benchmark reads them) but not linked from the bundles; the
  // BFF serves them only when the operator asks (SERVE_SOURCE_MAPS=1). The manifest tells the
  // benchmark which chunks each page loads.
  build: {
    outDir: 'dist',
    sourcemap: 'hidden',
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What every page runs first (React, the router, the query cache, Mantine's provider and
          // styles core) as one chunk: left to itself the bundler cuts it into a dozen small ones,
          // and over HTTP/1.1 each costs the first load a request (pnpm bench:lighthouse).
          groups: [{ name: 'framework', test: FRAMEWORK }],
        },
      },
    },
  },
}));
