import { lazy, Suspense } from 'react';
import { Navigate, useLocation, useRoutes, type RouteObject } from 'react-router';
import type { ProductModule } from '../context/module';
import { modules as allModules } from '../modules';
import { PageLoading } from './boot';
import { composeRoutes } from './compose';
import { HOME, loadSignedIn } from './preload';
import { LoginPage } from './sign-in/LoginPage';

// The sign-in page comes with the entry (the page most first visits open: no second round trip
// before the form shows); setup and the signed-in console are chunks of their own, so the sign-in
// page carries no shell (navigation, pickers, menus, task tracker).
const SetupPage = lazy(() => import('./sign-in/SetupPage').then((m) => ({ default: m.SetupPage })));
const SignedIn = lazy(() => loadSignedIn().then((m) => ({ default: m.SignedIn })));
const NotFound = lazy(() => import('./NotFound').then((m) => ({ default: m.NotFound })));


/** "/" goes to the overview (the first screen after sign-in), keeping the query (region, account). */
function Home() {
  const { search } = useLocation();
  return <Navigate to={`${HOME}${search}`} replace />;
}

/** The console's routes: sign-in and setup, then the shell around the modules' pages. */
export function buildRoutes(modules: readonly ProductModule[] = allModules): RouteObject[] {
  return [
    { path: '/login', element: <LoginPage /> },
    { path: '/setup', element: <SetupPage /> },
    {
      path: '/',
      element: <SignedIn modules={modules} />,
      children: [{ index: true, element: <Home /> }, ...composeRoutes(modules), { path: '*', element: <NotFound /> }],
    },
  ];
}

export const routes = buildRoutes();

/**
 * The console's routes in React Router's declarative mode (inside a BrowserRouter): the console
 * loads no data through the router (TanStack Query does), so the data router stays out of the bundle.
 */
export function AppRoutes() {
  const element = useRoutes(routes);
  return (
    <Suspense fallback={<PageLoading label="Loading" />}>
      {element}
    </Suspense>
  );
}
