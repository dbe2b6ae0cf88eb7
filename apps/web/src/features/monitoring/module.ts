import { defineModule } from '../../context/module';

/**
 * Monitoring charts. No page of its own yet: the instance detail page shows them through
 * ./public.ts, which loads the charts and this module's messages only when they are opened.
 */
export const monitoringModule = defineModule({
  id: 'monitoring',
  provider: 'cds',
  nav: [],
  routes: [],
  messages: () => import('./messages'),
  permissions: { minRole: 'viewer', actions: ['cds/ccs/DescribeInstanceMonitor'] },
});
