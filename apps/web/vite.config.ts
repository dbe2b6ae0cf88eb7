import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The BFF serves dist/ at '/' in production (and does the SPA fallback); in dev Vite proxies
// /api to it, so the browser only ever talks to its own origin.
export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
  },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1500 },
});
