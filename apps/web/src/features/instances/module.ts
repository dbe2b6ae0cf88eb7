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
      'cds/ccs/DescribeInstances', 'cds/ccs/CreateInstance', 'cds/ccs/DeleteInstance', 'cds/ccs/StopInstance', 'cds/ccs/RebootInstance',
      'cds/ccs/DescribeAvailableResource', 'cds/ccs/DescribeTemplateInfo', 'cds/network/DescribeVdc',
      'cds/ccs/ModifyInstanceSpec', 'cds/ccs/ModifyInstanceChargeType', 'cds/ccs/ResetImage',
      'cds/ccs/CreateDisk', 'cds/ccs/ResizeDisk', 'cds/ccs/DeleteDisk',
      'cds/ccs/ConnectNetworkInterface', 'cds/ccs/DisconnectNetworkInterface', 'cds/ccs/ModifyIpAddress',
    ],
  },
  search: [
    {
      action: 'cds/ccs/DescribeInstances',
      kind: { en: 'CDS instance', zh: 'CDS 云服务器' },
      to: (i, account) => `/instances/${encodeURIComponent(i.id)}?account=${encodeURIComponent(account)}`,
    },
  ],
});
