import { IconListDetails } from '@tabler/icons-react';
import { defineModule } from '../../context/module';

/** The audit log: every change made through the console (everyone sees it; admins export it). */
export const auditModule = defineModule({
  id: 'audit',
  nav: [{ to: '/audit', label: { en: 'Audit log', zh: '审计日志' }, icon: IconListDetails, group: 'console' }],
  routes: [{ path: 'audit', load: () => import('./AuditPage').then((m) => m.AuditPage) }],
  messages: () => import('./messages'),
  permissions: { minRole: 'viewer', actions: [] },
});
