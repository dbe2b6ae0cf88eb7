import { IconNetwork } from '@tabler/icons-react';
import { defineModule } from '../../context/module';

/** CDS virtual data centres and their networks: list, create, and the detail page with every network action. */
export const vdcModule = defineModule({
  id: 'vdc',
  provider: 'cds',
  nav: [
    { to: '/vdcs', label: { en: 'VDCs', zh: '虚拟数据中心' }, icon: IconNetwork, group: 'network' },
  ],
  routes: [
    { path: 'vdcs', load: () => import('./VdcPage').then((m) => m.VdcPage) },
    { path: 'vdcs/:id', load: () => import('./detail/VdcDetailPage').then((m) => m.VdcDetailPage) },
  ],
  messages: () => import('./messages'),
  permissions: {
    minRole: 'viewer',
    actions: [
      'cds/network/DescribeVdc',
      'cds/network/CreateVdc',
      'cds/network/DeleteVdc',
      'cds/network/CreatePublicNetwork',
      'cds/network/CreatePrivateNetwork',
      'cds/network/ModifyPublicNetwork',
      'cds/network/AddPublicIp',
      'cds/network/DeletePublicIp',
      'cds/network/DeletePublicNetwork',
      'cds/network/DeletePrivateNetwork',
      'cds/network/RenewPublicNetwork',
      'cds/network/DescribeBandwidthTraffic',
      'cds/ccs/DescribeAvailableResource',
      'cds/ccs/DescribeInstances',
    ],
  },
});
