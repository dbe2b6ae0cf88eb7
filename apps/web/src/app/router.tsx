import { createBrowserRouter, Navigate, useLocation, type RouteObject } from 'react-router';
import { LoginPage } from '../auth/LoginPage';
import { SetupPage } from '../auth/SetupPage';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { CreateInstancePage } from '../features/instances/CreateInstancePage';
import { InstancesPage } from '../features/instances/InstancesPage';
import { InstanceDetailPage } from '../features/instances/detail/InstanceDetailPage';
import { ImagesPage } from '../features/images/ImagesPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { VdcPage } from '../features/vdc/VdcPage';
import { AccountGate } from './AccountGate';
import { AppLayout } from './AppLayout';
import { RequireAdmin } from './Forbidden';
import { NotFound } from './NotFound';

/** "/" goes to the instances, keeping the query (region, account). */
function Home() {
  const { search } = useLocation();
  return <Navigate to={`/instances${search}`} replace />;
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  { path: '/setup', element: <SetupPage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Home /> },
      {
        // Cloud product pages: one CDS account, from ?account= or the first one.
        element: <AccountGate provider="cds" />,
        children: [
          { path: 'instances', element: <InstancesPage /> },
          { path: 'instances/new', element: <CreateInstancePage /> },
          { path: 'instances/:id', element: <InstanceDetailPage /> },
          { path: 'images', element: <ImagesPage /> },
          { path: 'vdcs', element: <VdcPage /> },
        ],
      },
      { path: 'audit', element: <AuditPage /> },
      { path: 'profile', element: <ProfilePage /> },
      {
        path: 'admin',
        element: <RequireAdmin />,
        children: [
          { index: true, element: <Navigate to="people" replace /> },
          { path: 'people', element: <PeoplePage /> },
          { path: 'accounts', element: <AccountsPage /> },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
