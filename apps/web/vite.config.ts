import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const require = createRequire(import.meta.url);
// React Router's package points every bundler at its development build (warnings and all); the
// browser gets the production build of the same version.
const reactRouterProduction = require.resolve('react-router').replace(/development[\\/]index\.m?js$/, 'production/index.mjs');

const FRAMEWORK = /node_modules[\\/](react|react-dom|scheduler|preact|react-router|@tanstack[\\/][^\\/]+|clsx)[\\/]|@mantine[\\/]core[\\/]esm[\\/]core[\\/]|src[\\/]renderer[\\/]/;

// What renders the built SPA: Preact's React compatibility layer (about 60 KB gzipped less on
// every first load than react-dom), or React itself with WEB_RENDERER=react (to compare, or to
// fall back). `vite` (dev) and the unit tests run on React. docs/configuration.md.
const renderer = process.env.WEB_RENDERER ?? 'preact';
if (renderer !== 'preact' && renderer !== 'react') throw new Error(`WEB_RENDERER must be preact or react, not ${renderer}`);
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const src = (file: string) => here(`./src/renderer/${file}`);
const onPreact = [
  { find: /^react$/, replacement: src('react.ts') },
  { find: /^react-dom\/client$/, replacement: src('react-dom-client.ts') },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/compat/jsx-runtime' },
];

// The BFF serves dist/ at '/' in production (and does the SPA fallback); in dev Vite proxies
// /api to it, so the browser only ever talks to its own origin.
export default defineConfig(({ command }) => ({
  base: '/',
  plugins: [react()],
  resolve:
    command === 'build'
      ? { alias: [{ find: /^react-router$/, replacement: reactRouterProduction }, ...(renderer === 'preact' ? onPreact : [])] }
      : {},
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
