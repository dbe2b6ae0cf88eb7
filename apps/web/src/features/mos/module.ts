import { IconCloudComputing, IconKey } from '@tabler/icons-react';
import { defineModule } from '../../context/module';

/** Meituan MOS compute: instances (list, detail, create, every action), key pairs, the balance. */
export const mosModule = defineModule({
  id: 'mos',
  provider: 'mos',
  nav: [
    { to: '/mos/instances', label: { en: 'MOS instances', zh: 'MOS 云主机' }, icon: IconCloudComputing, group: 'compute' },
    { to: '/mos/key-pairs', label: { en: 'Key pairs', zh: '密钥' }, icon: IconKey, group: 'compute' },
  ],
  routes: [
    { path: 'mos', redirectTo: '/mos/instances' },
    { path: 'mos/instances', load: () => import('./MosInstancesPage').then((m) => m.MosInstancesPage) },
    { path: 'mos/instances/new', load: () => import('./MosCreatePage').then((m) => m.MosCreatePage) },
    { path: 'mos/instances/:id', load: () => import('./MosInstanceDetailPage').then((m) => m.MosInstanceDetailPage) },
    { path: 'mos/key-pairs', load: () => import('./KeyPairsPage').then((m) => m.KeyPairsPage) },
  ],
  messages: () => import('./messages'),
  permissions: {
    minRole: 'viewer',
    actions: [
      'mos/mcs/DescribeInstances', 'mos/mcs/DescribeInstanceStatus', 'mos/mcs/DescribeInstanceVolumes', 'mos/mcs/DescribeInstanceNetworkInterfaces',
      'mos/mcs/GetPasswordData', 'mos/mcs/GetInstanceContractInfo', 'mos/mcs/GetInstanceMetadata', 'mos/mcs/DescribeTemplates',
      'mos/mcs/DescribeInstanceTypes', 'mos/mcs/GetBalance', 'mos/mcs/DescribeKeyPairs', 'mos/mcs/ImportKeyPair', 'mos/mcs/DeleteKeyPair',
      'mos/mcs/StartInstance', 'mos/mcs/StopInstance', 'mos/mcs/RebootInstance',
      'mos/mcs/RebuildInstanceRootImage', 'mos/mcs/CreateInstance', 'mos/mcs/TerminateInstance',
      'mos/mcs/RenewInstance', 'mos/mcs/ChangeInstanceType', 'mos/mcs/PutInstanceMetadata',
    ],
  },
  search: [
    {
      action: 'mos/mcs/DescribeInstances',
      kind: { en: 'MOS instance', zh: 'MOS 云主机' },
      to: (i, account) => `/mos/instances/${encodeURIComponent(i.id)}?account=${encodeURIComponent(account)}`,
    },
    { action: 'mos/mcs/DescribeKeyPairs', kind: { en: 'Key pair', zh: '密钥' }, to: (_k, account) => `/mos/key-pairs?account=${encodeURIComponent(account)}` },
  ],
});
