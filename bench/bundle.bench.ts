/**
 * What the browser must download before the sign-in page, and then the instance list, can be used;
 * and whether any of it belongs to a product that is not on screen. Reads the built SPA (Vite's
 * manifest and source maps in apps/web/dist; `pnpm bench` builds it first) and prints gzip and
 * brotli sizes against the issue's targets and against the baseline measured in the same run: all
 * the JavaScript and CSS of the build, which is what one bundle would cost. Asserts nothing.
 * Run: pnpm bench:bundle (BUNDLE_PACKAGES=1 also prints the first load's chunks and which packages
 * and app folders its bytes come from).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { attribute } from './bundle-attribution';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// BUNDLE_DIST: another build's output (e.g. `vite build --outDir`), to compare two builds side by side.
const dist = process.env.BUNDLE_DIST ?? path.join(root, 'apps/web/dist');
const TARGET_JS_GZ = 150 * 1024;
const TARGET_CSS_GZ = 30 * 1024;

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, Chunk>;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sizes = (files: Iterable<string>) => {
  let raw = 0;
  let gz = 0;
  let br = 0;
  for (const f of files) {
    const buf = readFileSync(path.join(dist, f));
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
    br += brotliCompressSync(buf).length;
  }
  return { raw, gz, br };
};

/** The chunks a manifest key pulls in before it runs: itself and its static imports, transitively. */
function closure(manifest: Manifest, keys: string[]) {
  const seen = new Set<string>();
  const walk = (k: string) => {
    if (seen.has(k)) return;
    const c = manifest[k];
    if (!c) throw new Error(`no ${k} in the manifest`);
    seen.add(k);
    c.imports?.forEach(walk);
  };
  keys.forEach(walk);
  const js = [...seen].map((k) => manifest[k]!.file);
  const css = [...new Set([...seen].flatMap((k) => manifest[k]!.css ?? []))];
  return { keys: seen, js, css };
}

/** Source files bundled into a chunk (from its source map). */
function sourcesOf(file: string): string[] {
  const map = path.join(dist, `${file}.map`);
  if (!existsSync(map)) return [];
  return (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources;
}

/** `features/<x>/...` files other than module declarations, whose product is not one of `allowed`. */
function foreignProducts(files: string[], allowed: string[]) {
  const out = new Set<string>();
  for (const f of files) {
    for (const s of sourcesOf(f)) {
      const m = /src\/features\/([^/]+)\/(.+)$/.exec(s);
      if (m && !allowed.includes(m[1]!) && m[2] !== 'module.ts') out.add(`features/${m[1]}/${m[2]}`);
    }
  }
  return [...out];
}

function main() {
  const manifestPath = path.join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error('build the SPA first: pnpm --filter @console/web build');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;

  const all = Object.values(manifest);
  const allJs = sizes(new Set(all.map((c) => c.file).filter((f) => f.endsWith('.js'))));
  const allCss = sizes(new Set(all.flatMap((c) => c.css ?? [])));

  // The shell's own chunks: the sign-in page (a chunk of its own, or part of the entry), and the
  // signed-in frame every product page sits in.
  const login = manifest['src/app/sign-in/LoginPage.tsx'] ? ['src/app/sign-in/LoginPage.tsx'] : [];
  const signIn = closure(manifest, [entry, ...login]);
  const shell = closure(manifest, [entry, 'src/app/SignedIn.tsx']);
  // A module's messages load in the language on screen only (i18n.tsx): count the English ones.
  const words = ['src/features/instances/messages.ts', 'src/features/instances/messages.en.ts'].filter((k) => manifest[k]);
  const list = closure(manifest, [entry, ...login, 'src/app/SignedIn.tsx', 'src/features/instances/InstancesPage.tsx', ...words]);
  const listOnly = closure(manifest, [entry, 'src/app/SignedIn.tsx', 'src/features/instances/InstancesPage.tsx', ...words]);
  const signInJs = sizes(signIn.js);
  const listOnlyJs = sizes(listOnly.js);
  const listJs = sizes(list.js);
  const listCss = sizes(list.css);

  console.log('\nFirst load of the web console (built SPA, gzip level 9 / brotli)\n');
  const row = (name: string, s: { raw: number; gz: number; br: number }, target?: number, base?: number) =>
    console.log(
      `  ${name.padEnd(44)} ${kb(s.raw).padStart(10)} raw ${kb(s.gz).padStart(9)} gz ${kb(s.br).padStart(9)} br` +
        (target ? `   ${(s.gz / target).toFixed(2)}× target` : '') +
        (base ? `   ${(s.gz / base).toFixed(2)}× all` : ''),
    );
  row('baseline: all JavaScript of the build', allJs);
  row('baseline: all CSS of the build', allCss);
  row('sign-in page: JavaScript', signInJs, TARGET_JS_GZ, allJs.gz);
  row('instance list opened signed in: JavaScript', listOnlyJs, TARGET_JS_GZ, allJs.gz);
  row('sign-in, then the instance list: JavaScript', listJs, TARGET_JS_GZ, allJs.gz);
  row('sign-in + instance list: CSS', listCss, TARGET_CSS_GZ, allCss.gz);
  console.log(`\n  targets: JavaScript ≤ ${kb(TARGET_JS_GZ)} gz, CSS ≤ ${kb(TARGET_CSS_GZ)} gz; chunks: ${list.js.length} JS, ${list.css.length} CSS`);

  const foreign = foreignProducts(list.js, ['instances']);
  console.log(
    foreign.length === 0
      ? '  no chunk of the first load carries another product (only the modules\u2019 declarations)'
      : `  other products' code in the first load:\n    ${foreign.join('\n    ')}`,
  );
  const zodIn = list.js.filter((f) => sourcesOf(f).some((s) => s.includes('/node_modules/zod/') || s.includes('/zod@')));
  console.log(zodIn.length === 0 ? '  no zod in the first load' : `  zod in the first load: ${zodIn.join(', ')}`);

  if (process.env.BUNDLE_PACKAGES) {
    const gz = (f: string) => gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length;
    console.log('\nThe first load (sign-in, then the instance list), chunk by chunk:\n');
    for (const f of [...list.js].sort((a, b) => gz(b) - gz(a))) console.log(`  ${kb(gz(f)).padStart(9)} gz  ${f}`);
    console.log('\nIts bytes by package or app folder (shared out by source map; ≥ 0.5 KB):\n');
    for (const [who, n] of attribute(dist, list.js, gz)) if (n >= 512) console.log(`  ${kb(n).padStart(9)} gz  ${who}`);
  }

  console.log('\nEach page, on top of the signed-in frame (what opening it downloads):\n');
  const pages = Object.keys(manifest).filter((k) => /src\/features\/.+Page\.tsx$/.test(k));
  for (const k of pages.sort()) {
    const product = /src\/features\/([^/]+)\//.exec(k)![1]!;
    const page = closure(manifest, [k, ...(manifest[`src/features/${product}/messages.ts`] ? [`src/features/${product}/messages.ts`] : [])]);
    const extra = sizes(page.js.filter((f) => !shell.js.includes(f)));
    const foreignHere = foreignProducts(page.js, [product, 'monitoring']);
    console.log(`  ${k.replace('src/features/', '').padEnd(44)} +${kb(extra.gz).padStart(9)} gz${foreignHere.length ? `   carries: ${foreignHere.join(', ')}` : ''}`);
  }
  console.log('');
}

main();
