import { cdsCcs, cdsCcsCommon, cdsCcsInstanceOps, cdsCcsTemplates, cdsNetwork } from '@console/api-types/client';
import { IconServer } from '@tabler/icons-react';
import { defineModule } from '../../context/module';

/** CDS instances: list, create, and the detail page with every instance action. */
export const instancesModule = defineModule({
  id: 'instances',
  provider: 'cds',
  nav: [{ to: '/instances', label: { en: 'Instances', zh: '云服务器' }, icon: IconServer, group: 'compute' }],
  routes: [
    { path: 'instances', load: () => import('./InstancesPage').then((m) => m.InstancesPage) },
    { path: 'instances/new', load: () => import('./CreateInstancePage').then((m) => m.CreateInstancePage) },
    { path: 'instances/:id', load: () => import('./detail/InstanceDetailPage').then((m) => m.InstanceDetailPage) },
  ],
  messages: () => import('./messages'),
  permissions: {
    minRole: 'viewer',
    actions: [
      cdsCcs.DescribeInstances, cdsCcs.CreateInstance, cdsCcs.DeleteInstance, cdsCcs.StopInstance, cdsCcs.RebootInstance,
      cdsCcsCommon.DescribeAvailableResource, cdsCcsTemplates.DescribeTemplateInfo, cdsNetwork.DescribeVdc,
      cdsCcsInstanceOps.ModifyInstanceSpec, cdsCcsInstanceOps.ModifyInstanceChargeType, cdsCcsInstanceOps.ResetImage,
      cdsCcsInstanceOps.CreateDisk, cdsCcsInstanceOps.ResizeDisk, cdsCcsInstanceOps.DeleteDisk,
      cdsCcsInstanceOps.ConnectNetworkInterface, cdsCcsInstanceOps.DisconnectNetworkInterface, cdsCcsInstanceOps.ModifyIpAddress,
    ],
  },
});
