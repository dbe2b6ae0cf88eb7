import { cdsRedis } from '@console/api-types';
import { createDbInstances, deleteDbInstance } from '../../models/paas/db-lifecycle';
import { REDIS_SITES } from '../../models/paas/regions';
import { paasHandler } from './handler';
import { configFor, dbListWire } from './mysql';

/** Redis (cds-redis-api.md), all at /redis: the MySQL platform's answers without disks or replicas. */

export const describeRegins = paasHandler('/redis', cdsRedis.DescribeRegins, () => ({
  Data: REDIS_SITES.map((s) => ({ ...s })),
}));

export const describeAvailableDBConfig = paasHandler('/redis', cdsRedis.DescribeAvailableDBConfig, (_ctx, input) =>
  configFor('redis', input.RegionId),
);

/** The example answers Data {} and a TaskId: the new ids show in DescribeDBInstances (and the task's ResourceIds). */
export const createDBInstance = paasHandler('/redis', cdsRedis.CreateDBInstance, ({ world, account }, input) => {
  const { task } = createDbInstances(world, account, 'redis', input);
  return { Data: {}, TaskId: task.taskId };
});

export const describeDBInstances = paasHandler('/redis', cdsRedis.DescribeDBInstances, ({ account }, input) => ({
  Data: dbListWire(account, 'redis', input),
}));

export const deleteDBInstance = paasHandler('/redis', cdsRedis.DeleteDBInstance, ({ world, account }, input) => ({
  Data: {},
  TaskId: deleteDbInstance(world, account, 'redis', input.InstanceUuid).taskId,
}));
