import { IconDatabase, IconReportMoney } from '@tabler/icons-react';
import { defineModule } from '../../context/module';

/** CDS bills (cost explorer with drill-down) and cold-storage metering. */
export const costModule = defineModule({
  id: 'cost',
  provider: 'cds',
  nav: [
    { to: '/cost', label: { en: 'Cost explorer', zh: '费用分析' }, icon: IconReportMoney, group: 'cost' },
    { to: '/metering', label: { en: 'Cold storage metering', zh: '冷存储计量' }, icon: IconDatabase, group: 'cost' },
  ],
  routes: [
    { path: 'cost', load: () => import('./CostExplorerPage').then((m) => m.CostExplorerPage) },
    { path: 'metering', load: () => import('./MeteringPage').then((m) => m.MeteringPage) },
  ],
  messages: () => import('./messages'),
  permissions: {
    minRole: 'viewer',
    actions: ['cds/billing/DescribeBill', 'cds/billing/DescribeBillInfo', 'cds/billing/GetMetering'],
  },
});
