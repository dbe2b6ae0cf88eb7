import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Navigate, useLocation, useRoutes, type RouteObject } from 'react-router';
import type { ProductModule } from '../context/module';
import { modules as allModules } from '../modules';
import { composeRoutes } from './compose';
import { NotFound } from './NotFound';

// The sign-in pages and the signed-in frame are chunks of their own: the sign-in page does not
// carry the shell (navigation, pickers, menus), and the shell does not carry the sign-in forms.
const LoginPage = lazy(() => import('./sign-in/LoginPage').then((m) => ({ default: m.LoginPage })));
const SetupPage = lazy(() => import('./sign-in/SetupPage').then((m) => ({ default: m.SetupPage })));
const AppLayout = lazy(() => import('./AppLayout').then((m) => ({ default: m.AppLayout })));

/** "/" goes to the overview (the first screen after sign-in), keeping the query (region, account). */
function Home() {
  const { search } = useLocation();
  return <Navigate to={`/overview${search}`} replace />;
}

/** The console's routes: sign-in and setup, then the shell around the modules' pages. */
export function buildRoutes(modules: readonly ProductModule[] = allModules): RouteObject[] {
  return [
    { path: '/login', element: <LoginPage /> },
    { path: '/setup', element: <SetupPage /> },
    {
      path: '/',
      element: <AppLayout modules={modules} />,
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
    <Suspense
      fallback={
        <Center h="100vh">
          <Loader aria-label="Loading" />
        </Center>
      }
    >
      {element}
    </Suspense>
  );
}
