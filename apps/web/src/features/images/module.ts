import { IconPhoto } from '@tabler/icons-react';
import { defineModule } from '../../context/module';

/** CDS images (templates): public and private, create from an instance, copy to a region, delete. */
export const imagesModule = defineModule({
  id: 'images',
  provider: 'cds',
  nav: [{ to: '/images', label: { en: 'Images', zh: '镜像' }, icon: IconPhoto, group: 'compute' }],
  routes: [{ path: 'images', load: () => import('./ImagesPage').then((m) => m.ImagesPage) }],
  messages: () => import('./messages'),
  permissions: {
    minRole: 'viewer',
    actions: [
      'cds/ccs/DescribeTemplateInfo', 'cds/ccs/CreateTemplate', 'cds/ccs/SyncTemplate',
      'cds/ccs/DeleteTemplate', 'cds/ccs/DescribeInstances', 'cds/ccs/DescribeAvailableResource',
    ],
  },
});
