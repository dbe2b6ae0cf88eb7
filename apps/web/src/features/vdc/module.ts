import { cdsCcs, cdsCcsCommon, cdsNetwork, cdsNetworkOps } from '@console/api-types/client';
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
      cdsNetwork.DescribeVdc,
      cdsNetworkOps.CreateVdc,
      cdsNetworkOps.DeleteVdc,
      cdsNetworkOps.CreatePublicNetwork,
      cdsNetworkOps.CreatePrivateNetwork,
      cdsNetworkOps.ModifyPublicNetwork,
      cdsNetworkOps.AddPublicIp,
      cdsNetworkOps.DeletePublicIp,
      cdsNetworkOps.DeletePublicNetwork,
      cdsNetworkOps.DeletePrivateNetwork,
      cdsNetworkOps.RenewPublicNetwork,
      cdsNetworkOps.DescribeBandwidthTraffic,
      cdsCcsCommon.DescribeAvailableResource,
      cdsCcs.DescribeInstances,
    ],
  },
});
