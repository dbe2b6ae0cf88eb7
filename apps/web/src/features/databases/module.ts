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
      'cds/mysql/DescribeRegions', 'cds/mysql/DescribeAvailableDBConfig', 'cds/mysql/CreateDBInstance', 'cds/mysql/DescribeDBInstances',
      'cds/mysql/CreatePrivilegedAccount', 'cds/mysql/DescribeModifiableDBSpec', 'cds/mysql/ModifyDBInstanceSpec', 'cds/mysql/DeleteDBInstance',
      'cds/mysql/DescribeAvailableReadOnlyConfig', 'cds/mysql/CreateReadOnlyDBInstance', 'cds/mysql/CreateBackup', 'cds/mysql/DescribeBackups',
      'cds/mysql/DeleteBackup', 'cds/mysql/DownloadBackup', 'cds/mysql/DescribeDBInstancePerformance',
      'cds/redis/DescribeRegins', 'cds/redis/DescribeAvailableDBConfig', 'cds/redis/CreateDBInstance', 'cds/redis/DescribeDBInstances', 'cds/redis/DeleteDBInstance',
      'cds/memcached/CreateMemcachedInstance', 'cds/memcached/MemcachedInstanceList', 'cds/memcached/DescribeMemcachedInstance',
      'cds/memcached/DeleteMemcachedInstance', 'cds/memcached/ClearMemcachedInstance', 'cds/memcached/UpdateMemcachedInstance',
      'cds/network/DescribeVdc',
    ],
  },
});
