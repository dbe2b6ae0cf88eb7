import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { routeTablePlugin } from './build/route-table';

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

// The rest of the first load, in three chunks instead of some ninety (most under 1 KB gzipped,
// each a request over HTTP/1.1 and a gzip header): what the entry imports (the sign-in page), what
// the signed-in shell imports besides, and the kit and libraries the instance list imports besides
// (every list page uses most of it). Product code (src/features/) stays in its own chunks, so no page
// downloads another product's code; whatever is only loaded on demand is not touched.
const ANCHORS: [name: string, file: string][] = [
  ['boot', here('./src/main.tsx')],
  ['shell', here('./src/app/SignedIn.tsx')],
  ['kit', here('./src/features/instances/InstancesPage.tsx')],
];
type Info = { importedIds: readonly string[] } | null;
const reach = new Map<string, Set<string>>();
function reachable(from: string, info: (id: string) => Info) {
  let seen = reach.get(from);
  if (seen) return seen;
  seen = new Set();
  const todo = [from];
  while (todo.length) {
    const id = todo.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    // Only through our own modules: a package's index re-exports all of it, and which of that is
    // used only tree-shaking knows. A group also takes the modules its modules import, so the
    // libraries they use follow them.
    todo.push(...(info(id)?.importedIds ?? []).filter((d) => !/node_modules|[\\/]packages[\\/]/.test(d)));
  }
  reach.set(from, seen);
  return seen;
}
// Icons are one small module each: those the instance list's own modules draw go with the kit,
// not in a request each (over HTTP/1.1 a request costs a connection's round trip, not its bytes).
// They are imported by name from the package's index, so the names are read from the importing code.
const ICON = /@tabler[\\/]icons-react[\\/]dist[\\/]esm[\\/]icons[\\/](Icon\w+)\.mjs$/;
const ICON_IMPORT = /import\s*\{([^}]*)\}\s*from\s*["']@tabler\/icons-react["']/g;
let kitIcons: Set<string> | undefined;
function iconsOf(files: Iterable<string>, info: (id: string) => (Info & { code?: string | null }) | null) {
  const names = new Set<string>();
  for (const file of files) {
    for (const [, list] of (info(file)?.code ?? '').matchAll(ICON_IMPORT)) {
      for (const name of list!.split(',')) names.add(name.trim().split(/\s+as\s+/)[0]!);
    }
  }
  return names;
}
function firstLoadGroup(id: string, ctx: { getModuleInfo: (id: string) => Info }) {
  if (ANCHORS.some(([, file]) => file === id) || /\.css($|\?)/.test(id)) return null;
  const icon = ICON.exec(id)?.[1];
  if (icon) {
    kitIcons ??= iconsOf(reachable(ANCHORS[2]![1], (m) => ctx.getModuleInfo(m)), (m) => ctx.getModuleInfo(m));
    return kitIcons.has(icon) ? 'kit' : null;
  }
  for (const [name, file] of ANCHORS) {
    if (!reachable(file, (m) => ctx.getModuleInfo(m)).has(id)) continue;
    return name === 'kit' && /[\\/]src[\\/]features[\\/]/.test(id) ? null : name;
  }
  return null;
}

// The BFF serves dist/ at '/' in production (and does the SPA fallback); in dev Vite proxies
// /api to it, so the browser only ever talks to its own origin.
export default defineConfig(({ command }) => ({
  base: '/',
  // The route table lets the BFF preload a signed-in address's page with index.html.
  plugins: [react(), routeTablePlugin(here('.'))],
  // Preact draws each update in one task; the kit then draws a new table's rows a few at a time
  // (src/kit/table/useDrawnCount.ts). React slices its own renders.
  define: { 'import.meta.env.VITE_DRAW_IN_SLICES': JSON.stringify(command === 'build' && renderer === 'preact' ? '1' : '') },
  resolve:
    command === 'build'
      ? {
          alias: [
            { find: /^react-router$/, replacement: reactRouterProduction },
            // MantineProvider's import of the <style> of theme variables it is told not to draw.
            { find: /^\.\/MantineCssVariables\/MantineCssVariables\.mjs$/, replacement: here('./src/app/no-css-variables.ts') },
            ...(renderer === 'preact' ? onPreact : []),
          ],
        }
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
          groups: [
            { name: 'framework', test: FRAMEWORK, priority: 1 },
            // The generated action metadata stays with the pages that name the actions: the
            // groups below would otherwise take every product's along (they take what their
            // modules import, and the client's index imports all of it). Its subgroups under 16 KB
            // are merged: the whole catalog's is about 6 KB gzipped, and each file is a request.
            { name: 'actions', test: /packages[\\/]api-types[\\/]src[\\/]client[\\/]actions[\\/]/, entriesAware: true, entriesAwareMergeThreshold: 16384, priority: 1 },
            { name: firstLoadGroup },
          ],
        },
      },
    },
  },
}));
