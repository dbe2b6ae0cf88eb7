import { defineModule } from '../../context/module';

/** The signed-in person's own profile (reached from the user menu, so no navigation entry). */
export const profileModule = defineModule({
  id: 'profile',
  nav: [],
  routes: [{ path: 'profile', load: () => import('./ProfilePage').then((m) => m.ProfilePage) }],
  messages: () => import('./messages'),
  permissions: { minRole: 'viewer', actions: [] },
});
