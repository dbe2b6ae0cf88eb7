import { cdsNetwork } from '@console/api-types/client';
import { IconNetwork } from '@tabler/icons-react';
import { defineModule } from '../../context/module';

/** CDS virtual data centres and their networks. */
export const vdcModule = defineModule({
  id: 'vdc',
  provider: 'cds',
  nav: [{ to: '/vdcs', label: { en: 'VDCs', zh: '虚拟数据中心' }, icon: IconNetwork, group: 'network' }],
  routes: [{ path: 'vdcs', load: () => import('./VdcPage').then((m) => m.VdcPage) }],
  messages: () => import('./messages'),
  permissions: { minRole: 'viewer', actions: [cdsNetwork.DescribeVdc] },
});
