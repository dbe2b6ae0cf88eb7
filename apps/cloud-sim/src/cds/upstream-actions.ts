/**
 * Every CDS action of the upstream documents (shared/seeds/README.md), by the path it is
 * served at. The catalog is the source of truth; this list only keeps the answer for a real
 * action the catalog does not list yet at "not implemented" (501) instead of "no such
 * action" (404).
 */
export const CDS_PATHS = ['/ccs', '/network', '/billing', '/ccs-product', '/mysql', '/redis', '/memcached', '/paas/monitor'] as const;
export type CdsPath = (typeof CDS_PATHS)[number];

export const UPSTREAM_ACTIONS: Record<CdsPath, readonly string[]> = {
  '/ccs': [
    'CreateInstance', 'DeleteInstance', 'StopInstance', 'RebootInstance', 'ModifyInstanceChargeType',
    'ModifyInstanceSpec', 'CreateDisk', 'ResizeDisk', 'DeleteDisk', 'ResetImage', 'DescribeInstances',
    'ConnectNetworkInterface', 'DisconnectNetworkInterface', 'ModifyIpAddress', 'DescribeInstanceMonitor',
    'CreateSecurityGroup', 'DeleteSecurityGroup', 'ForceDeleteSecurityGroup', 'DescribeSecurityGroupAttribute',
    'ModifySecurityGroupAttribute', 'DescribeSecurityGroups', 'AddSecurityGroupRule', 'RemoveSecurityGroupRule',
    'ModifySecurityGroupRule', 'JoinSecurityGroup', 'LeaveSecurityGroup', 'ModifySecurityGroupRulePriority',
    'CreateTemplate', 'DeleteTemplate', 'SyncTemplate', 'DescribeTemplateInfo',
    'DescribeAvailableResource', 'DescribeTask',
  ],
  '/network': [
    'DescribeVdc', 'CreateVdc', 'DeleteVdc', 'CreatePublicNetwork', 'CreatePrivateNetwork', 'ModifyPublicNetwork',
    'AddPublicIp', 'DeletePublicIp', 'DeletePublicNetwork', 'DeletePrivateNetwork', 'RenewPublicNetwork',
    'DescribeBandwidthTraffic',
  ],
  '/billing': ['DescribeBill', 'DescribeBillInfo'],
  '/ccs-product': ['GetMetering'],
  '/mysql': [
    'DescribeRegions', 'DescribeAvailableDBConfig', 'CreateDBInstance', 'DescribeDBInstances', 'CreatePrivilegedAccount',
    'DescribeModifiableDBSpec', 'ModifyDBInstanceSpec', 'DeleteDBInstance', 'DescribeAvailableReadOnlyConfig',
    'CreateReadOnlyDBInstance', 'CreateBackup', 'DescribeBackups', 'DeleteBackup', 'DownloadBackup',
  ],
  '/redis': ['DescribeRegins', 'DescribeAvailableDBConfig', 'CreateDBInstance', 'DescribeDBInstances', 'DeleteDBInstance'],
  '/memcached': [
    'CreateMemcachedInstance', 'MemcachedInstanceList', 'DescribeMemcachedInstance', 'DeleteMemcachedInstance',
    'ClearMemcachedInstance', 'UpdateMemcachedInstance',
  ],
  '/paas/monitor': ['DescribeDBInstancePerformance'],
};
