import { IconKey, IconUsers } from '@tabler/icons-react';
import { defineModule } from '../../context/module';

/** The console's administration: people and their roles, cloud accounts. Admins only. */
export const adminModule = defineModule({
  id: 'admin',
  nav: [
    { to: '/admin/people', label: { en: 'People', zh: '人员' }, icon: IconUsers, group: 'console' },
    { to: '/admin/accounts', label: { en: 'Cloud accounts', zh: '云账号' }, icon: IconKey, group: 'console' },
  ],
  routes: [
    { path: 'admin', redirectTo: '/admin/people' },
    { path: 'admin/people', load: () => import('./people/PeoplePage').then((m) => m.PeoplePage) },
    { path: 'admin/accounts', load: () => import('./accounts/AccountsPage').then((m) => m.AccountsPage) },
  ],
  messages: () => import('./messages'),
  permissions: { minRole: 'admin', actions: [] },
});
