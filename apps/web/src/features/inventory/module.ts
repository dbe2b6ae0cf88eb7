import { IconListSearch } from '@tabler/icons-react';
import { defineModule } from '../../context/module';

/** One inventory across both clouds: every instance of every account, with one search. */
export const inventoryModule = defineModule({
  id: 'inventory',
  nav: [{ to: '/inventory', label: { en: 'All instances', zh: '全部云主机' }, icon: IconListSearch, group: 'overview' }],
  routes: [{ path: 'inventory', load: () => import('./InventoryPage').then((m) => m.InventoryPage) }],
  messages: () => import('./messages'),
  permissions: { minRole: 'viewer', actions: ['cds/ccs/DescribeInstances', 'mos/mcs/DescribeInstances'] },
});
