import { cdsMemcached, cdsMysql, cdsNetwork, cdsRedis } from '@console/api-types/client';
import { IconBolt, IconDatabase, IconStack2 } from '@tabler/icons-react';
import { defineModule } from '../../context/module';

/** Managed databases: MySQL (list, create, detail with accounts, replicas, backups, performance), Redis, Memcached. */
export const databasesModule = defineModule({
  id: 'databases',
  provider: 'cds',
  nav: [
    { to: '/databases/mysql', label: { en: 'MySQL', zh: '云数据库 MySQL' }, icon: IconDatabase, group: 'database' },
    { to: '/databases/redis', label: { en: 'Redis', zh: '云数据库 Redis' }, icon: IconStack2, group: 'database' },
    { to: '/databases/memcached', label: { en: 'Memcached', zh: 'Memcached' }, icon: IconBolt, group: 'database' },
  ],
  routes: [
    { path: 'databases', redirectTo: '/databases/mysql' },
    { path: 'databases/mysql', load: () => import('./mysql/MysqlListPage').then((m) => m.MysqlListPage) },
    { path: 'databases/mysql/new', load: () => import('./mysql/MysqlCreatePage').then((m) => m.MysqlCreatePage) },
    { path: 'databases/mysql/:id', load: () => import('./mysql/MysqlDetailPage').then((m) => m.MysqlDetailPage) },
    { path: 'databases/redis', load: () => import('./redis/RedisPage').then((m) => m.RedisPage) },
    { path: 'databases/memcached', load: () => import('./memcached/MemcachedPage').then((m) => m.MemcachedPage) },
  ],
  messages: () => import('./messages'),
  permissions: {
    minRole: 'viewer',
    actions: [
      cdsMysql.DescribeRegions, cdsMysql.DescribeAvailableDBConfig, cdsMysql.CreateDBInstance, cdsMysql.DescribeDBInstances,
      cdsMysql.CreatePrivilegedAccount, cdsMysql.DescribeModifiableDBSpec, cdsMysql.ModifyDBInstanceSpec, cdsMysql.DeleteDBInstance,
      cdsMysql.DescribeAvailableReadOnlyConfig, cdsMysql.CreateReadOnlyDBInstance, cdsMysql.CreateBackup, cdsMysql.DescribeBackups,
      cdsMysql.DeleteBackup, cdsMysql.DownloadBackup, cdsMysql.DescribeDBInstancePerformance,
      cdsRedis.DescribeRegins, cdsRedis.DescribeAvailableDBConfig, cdsRedis.CreateDBInstance, cdsRedis.DescribeDBInstances, cdsRedis.DeleteDBInstance,
      cdsMemcached.CreateMemcachedInstance, cdsMemcached.MemcachedInstanceList, cdsMemcached.DescribeMemcachedInstance,
      cdsMemcached.DeleteMemcachedInstance, cdsMemcached.ClearMemcachedInstance, cdsMemcached.UpdateMemcachedInstance,
      cdsNetwork.DescribeVdc,
    ],
  },
});
