import { z } from 'zod';

/** The parts of Vite's build manifest (dist/.vite/manifest.json) used here. */
const Manifest = z.record(z.string(), z.object({ file: z.string(), imports: z.array(z.string()).optional(), isEntry: z.boolean().optional() }));
type Manifest = z.infer<typeof Manifest>;

/** The web app's signed-in console chunk (apps/web/src/app/preload.ts loads it). */
export const SIGNED_IN_CHUNK = 'src/app/SignedIn.tsx';
/**
 * The cloud pages' account gate (apps/web/src/app/compose.tsx): a small chunk of its own, which
 * the shell asks for only once it has drawn its routes; preloaded, it is no step of its own.
 */
export const ACCOUNT_GATE_CHUNK = 'src/app/AccountGate.tsx';

/** The addresses shown signed out (as apps/web/src/app/preload.ts has them); every other one is a signed-in page. */
export const isSignedOutPath = (pathname: string) => /^\/(login|setup)(\/|$)/.test(pathname);

/** A chunk's file and those of everything it imports statically, the chunk first. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return [];
  seen.add(key);
  return [chunk.file, ...(chunk.imports ?? []).flatMap((k) => closure(manifest, k, seen))];
}

/**
 * `modulepreload` links for the signed-in console's chunk (and the account gate's) and their imports that the entry does not
 * already load. A signed-in address gets them in index.html, so the shell downloads beside the
 * entry instead of after the entry has run (over HTTP/1.1 and a slow network, a second wave of
 * ~25 files). An unreadable manifest gives none: the app still loads them itself.
 */
export function signedInPreloads(manifestJson: unknown): string[] {
  const parsed = Manifest.safeParse(manifestJson);
  if (!parsed.success) return [];
  const manifest = parsed.data;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  const loaded = new Set(entry ? closure(manifest, entry) : []);
  const shell = closure(manifest, SIGNED_IN_CHUNK);
  if (shell.length === 0) return [];
  return [...new Set([...shell, ...closure(manifest, ACCOUNT_GATE_CHUNK)])]
    .filter((file) => !loaded.has(file))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
}
