import type { Provider } from '@console/api-types/client';
import { lazy } from 'react';
import { Navigate, Outlet, type RouteObject } from 'react-router';
import type { Role } from '../api/session';
import { useRole } from '../auth/permission';
import { isRedirect, NAV_GROUPS, roleReaches, type ModuleNavEntry, type ModuleRoute, type NavGroup, type ProductModule } from '../context/module';

/** The cloud pages' account gate (preload.ts starts it with the page, not once the shell has drawn its routes). */
export const loadAccountGate = () => import('./AccountGate');

// Only signed-in pages show these: they load with the first such page, not with the sign-in page.
const AccountGate = lazy(() => loadAccountGate().then((m) => ({ default: m.AccountGate })));
const Forbidden = lazy(() => import('./Forbidden').then((m) => ({ default: m.Forbidden })));

/** A layout that shows its pages to `min` and above, the 403 page to everyone else. */
function RequireRole({ min }: { min: Role }) {
  const role = useRole();
  return roleReaches(role ?? undefined, min) ? <Outlet /> : <Forbidden />;
}

/**
 * One module route as React Router's: a page is a lazy component that loads its chunk and the
 * module's messages together, on first visit (the shell's Suspense shows progress meanwhile).
 */
function toRoute(m: ProductModule, r: ModuleRoute): RouteObject {
  if (isRedirect(r)) return { path: r.path, element: <Navigate to={r.redirectTo} replace /> };
  const Page = lazy(async () => {
    const [Component] = await Promise.all([r.load(), m.messages?.()]);
    return { default: Component };
  });
  const route: RouteObject = { path: r.path, element: <Page /> };
  return r.minRole && r.minRole !== 'viewer' ? { element: <RequireRole min={r.minRole} />, children: [route] } : route;
}

function routesOfModule(m: ProductModule): RouteObject[] {
  const routes = m.routes.map((r) => toRoute(m, r));
  return m.permissions.minRole === 'viewer' ? routes : [{ element: <RequireRole min={m.permissions.minRole} />, children: routes }];
}

/**
 * The modules' pages as routes below '/': those of a cloud run under that provider's account gate
 * (one account from ?account=), the console's own pages directly.
 */
export function composeRoutes(modules: readonly ProductModule[]): RouteObject[] {
  const providers = [...new Set(modules.flatMap((m) => (m.provider ? [m.provider] : [])))] as Provider[];
  return [
    ...providers.map((provider) => ({
      element: <AccountGate provider={provider} />,
      children: modules.filter((m) => m.provider === provider).flatMap(routesOfModule),
    })),
    ...modules.filter((m) => !m.provider).flatMap(routesOfModule),
  ];
}

export interface NavSection {
  group: NavGroup;
  items: ModuleNavEntry[];
}

/**
 * The navigation the role may see, by group in the shell's order; empty groups are left out.
 * With the picked account's provider, another cloud's products are left out too: the account
 * picker switches the whole console between clouds.
 */
export function composeNav(modules: readonly ProductModule[], role: Role | string | undefined, provider?: Provider): NavSection[] {
  const visible = modules
    .filter((m) => roleReaches(role, m.permissions.minRole))
    .filter((m) => !provider || !m.provider || m.provider === provider)
    .flatMap((m) => m.nav.filter((n) => roleReaches(role, n.minRole)));
  return NAV_GROUPS.map((group) => ({ group, items: visible.filter((n) => n.group === group) })).filter((s) => s.items.length > 0);
}

/** Where the console opens for a cloud: the first navigation entry of that provider's products. */
export const providerHome = (modules: readonly ProductModule[], provider: Provider): string | undefined =>
  modules.find((m) => m.provider === provider && m.nav.length > 0)?.nav[0]?.to;
