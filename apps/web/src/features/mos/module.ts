import { mosMcs, mosMcsInstanceOps } from '@console/api-types/client';
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
      mosMcs.DescribeInstances, mosMcs.DescribeInstanceStatus, mosMcs.DescribeInstanceVolumes, mosMcs.DescribeInstanceNetworkInterfaces,
      mosMcs.GetPasswordData, mosMcs.GetInstanceContractInfo, mosMcs.GetInstanceMetadata, mosMcs.DescribeTemplates,
      mosMcs.DescribeInstanceTypes, mosMcs.GetBalance, mosMcs.DescribeKeyPairs, mosMcs.ImportKeyPair, mosMcs.DeleteKeyPair,
      mosMcsInstanceOps.StartInstance, mosMcsInstanceOps.StopInstance, mosMcsInstanceOps.RebootInstance,
      mosMcsInstanceOps.RebuildInstanceRootImage, mosMcsInstanceOps.CreateInstance, mosMcsInstanceOps.TerminateInstance,
      mosMcsInstanceOps.RenewInstance, mosMcsInstanceOps.ChangeInstanceType, mosMcsInstanceOps.PutInstanceMetadata,
    ],
  },
});
