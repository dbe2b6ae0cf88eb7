import { Center, Loader } from '@mantine/core';
import { createBrowserRouter, Navigate, useLocation, type RouteObject } from 'react-router';
import type { ProductModule } from '../context/module';
import { modules as allModules } from '../modules';
import { AppLayout } from './AppLayout';
import { composeRoutes } from './compose';
import { NotFound } from './NotFound';
import { LoginPage } from './sign-in/LoginPage';
import { SetupPage } from './sign-in/SetupPage';

/** "/" goes to the instances, keeping the query (region, account). */
function Home() {
  const { search } = useLocation();
  return <Navigate to={`/instances${search}`} replace />;
}

/** While a deep link's page chunk loads for the first time. */
function PageLoading() {
  return (
    <Center h="100vh">
      <Loader aria-label="Loading" />
    </Center>
  );
}

/** The console's routes: sign-in and setup, then the shell around the modules' pages. */
export function buildRoutes(modules: readonly ProductModule[] = allModules): RouteObject[] {
  return [
    { path: '/login', element: <LoginPage /> },
    { path: '/setup', element: <SetupPage /> },
    {
      path: '/',
      element: <AppLayout modules={modules} />,
      HydrateFallback: PageLoading,
      children: [{ index: true, element: <Home /> }, ...composeRoutes(modules), { path: '*', element: <NotFound /> }],
    },
  ];
}

export const routes = buildRoutes();
export const createRouter = () => createBrowserRouter(routes);
