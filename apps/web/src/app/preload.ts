import { matchRoutes, type RouteObject } from 'react-router';
import { isRedirect, type ModulePage, type ProductModule } from '../context/module';
import { loadAccountGate } from './compose';

/** Where "/" leads: the first screen after sign-in (router.tsx). */
export const HOME = '/overview';

/** The signed-in console's chunk (router.tsx loads it lazily; this starts it early). */
export const loadSignedIn = () => import('./SignedIn');

/** The pages shown signed out (sign-in, first start); every other address is a signed-in page. */
export const isSignedOutPath = (pathname: string) => /^\/(login|setup)(\/|$)/.test(pathname);

/**
 * Starts loading what a signed-in page needs — the shell's chunk, the page's chunk and its
 * module's messages — at once, instead of each after the one before (shell, then page). Called
 * by the entry for the address it opens with, and by the sign-in form for where it leads.
 */
export function preloadSignedIn(modules: readonly ProductModule[], pathname: string): void {
  if (isSignedOutPath(pathname)) return;
  // Failures are left to the lazy loads that follow, which show them.
  loadSignedIn().catch(() => undefined);
  const pages: RouteObject[] = modules.flatMap((m) =>
    m.routes.filter((r): r is ModulePage => !isRedirect(r)).map((r) => ({ path: r.path, handle: { m, r } })),
  );
  const root: RouteObject[] = [{ path: '/', children: pages }];
  const matched = matchRoutes(root, pathname === '/' ? HOME : pathname)?.at(-1)?.route.handle as { m: ProductModule; r: ModulePage } | undefined;
  if (!matched) return;
  matched.r.load().catch(() => undefined);
  matched.m.messages?.().catch(() => undefined);
  if (matched.m.provider) loadAccountGate().catch(() => undefined);
}
