import { IconLayoutDashboard } from '@tabler/icons-react';
import { defineModule } from '../../context/module';

/** The home overview: counts of every family across regions, this month's spend, tasks, activity, attention. */
export const overviewModule = defineModule({
  id: 'overview',
  provider: 'cds',
  nav: [{ to: '/overview', label: { en: 'Overview', zh: '概览' }, icon: IconLayoutDashboard, group: 'overview' }],
  routes: [{ path: 'overview', load: () => import('./OverviewPage').then((m) => m.OverviewPage) }],
  messages: () => import('./messages'),
  permissions: {
    minRole: 'viewer',
    actions: [
      'cds/ccs/DescribeInstances', 'cds/network/DescribeVdc', 'cds/ccs/DescribeSecurityGroups', 'cds/ccs/DescribeTemplateInfo',
      'cds/mysql/DescribeDBInstances', 'cds/redis/DescribeDBInstances', 'cds/memcached/MemcachedInstanceList', 'cds/billing/DescribeBill',
    ],
  },
});
