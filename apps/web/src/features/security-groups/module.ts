import { IconShieldLock } from '@tabler/icons-react';
import { defineModule } from '../../context/module';

/** CDS security groups: list, create, detail with rules and bound interfaces, every security-group action. */
export const securityGroupsModule = defineModule({
  id: 'security-groups',
  provider: 'cds',
  nav: [
    {
      to: '/security-groups',
      label: { en: 'Security groups', zh: '安全组' },
      icon: IconShieldLock,
      group: 'network',
    },
  ],
  routes: [
    {
      path: 'security-groups',
      load: () => import('./SecurityGroupsPage').then((m) => m.SecurityGroupsPage),
    },
    {
      path: 'security-groups/:id',
      load: () => import('./detail/SecurityGroupDetailPage').then((m) => m.SecurityGroupDetailPage),
    },
  ],
  messages: () => import('./messages'),
  permissions: {
    minRole: 'viewer',
    actions: [
      'cds/ccs/DescribeSecurityGroups',
      'cds/ccs/DescribeSecurityGroupAttribute',
      'cds/ccs/CreateSecurityGroup',
      'cds/ccs/ModifySecurityGroupAttribute',
      'cds/ccs/DeleteSecurityGroup',
      'cds/ccs/ForceDeleteSecurityGroup',
      'cds/ccs/AddSecurityGroupRule',
      'cds/ccs/RemoveSecurityGroupRule',
      'cds/ccs/ModifySecurityGroupRule',
      'cds/ccs/ModifySecurityGroupRulePriority',
      'cds/ccs/JoinSecurityGroup',
      'cds/ccs/LeaveSecurityGroup',
      'cds/ccs/DescribeInstances',
    ],
  },
});
