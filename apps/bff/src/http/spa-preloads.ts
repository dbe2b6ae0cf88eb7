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

/** The web build's route table (apps/web/build/route-table.ts writes it beside the manifest). */
const RouteTable = z.array(
  z.object({
    path: z.string(),
    page: z.string(),
    messages: z.object({ loader: z.string(), en: z.string().optional(), 'zh-CN': z.string().optional() }).optional(),
  }),
);
type RouteEntry = z.infer<typeof RouteTable>[number];
export type Language = 'en' | 'zh-CN';

/**
 * The language the web app starts in when the person has not picked one: the browser's (its first
 * Accept-Language), as index.html's script reads it from navigator.language.
 */
export const browserLanguage = (acceptLanguage: string | undefined): Language => (/^\s*zh/i.test(acceptLanguage ?? '') ? 'zh-CN' : 'en');

/** The route a path opens, as React Router ranks these ones: the most static segments wins. */
export function matchRoute(routesJson: unknown, pathname: string): RouteEntry | undefined {
  const parsed = RouteTable.safeParse(routesJson);
  if (!parsed.success) return undefined;
  const wanted = pathname.split('/').filter(Boolean);
  let best: { route: RouteEntry; fixed: number } | undefined;
  for (const route of parsed.data) {
    const segments = route.path.split('/').filter(Boolean);
    if (segments.length !== wanted.length) continue;
    if (!segments.every((s, i) => s.startsWith(':') || s === wanted[i])) continue;
    const fixed = segments.filter((s) => !s.startsWith(':')).length;
    if (!best || fixed > best.fixed) best = { route, fixed };
  }
  return best?.route;
}

/**
 * `modulepreload` links for the signed-in console's chunk (and the account gate's) and their imports
 * that the entry does not already load; with `page`, also for the chunks of the page the address
 * opens and its module's messages in `language`. A signed-in address gets them in index.html, so
 * the shell and the page download beside the entry instead of after it has run (over HTTP/1.1 and a
 * slow network, two more waves of requests, each a round trip behind the one before). An unreadable
 * manifest gives none, an unknown page no page links: the app still loads them itself.
 */
export function signedInPreloads(manifestJson: unknown, page?: { route: RouteEntry; language: Language }): string[] {
  const parsed = Manifest.safeParse(manifestJson);
  if (!parsed.success) return [];
  const manifest = parsed.data;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  const loaded = new Set(entry ? closure(manifest, entry) : []);
  const shell = closure(manifest, SIGNED_IN_CHUNK);
  if (shell.length === 0) return [];
  const messages = page?.route.messages;
  const pageFiles = page
    ? [page.route.page, messages?.loader, messages?.[page.language]].flatMap((key) => (key ? closure(manifest, key) : []))
    : [];
  return [...new Set([...shell, ...closure(manifest, ACCOUNT_GATE_CHUNK), ...pageFiles])]
    .filter((file) => !loaded.has(file))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
}
