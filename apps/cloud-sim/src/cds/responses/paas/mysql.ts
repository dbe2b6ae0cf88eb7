import { cdsMysql } from '@console/api-types';
import type { Account } from '../../models/account';
import type { DbInstance } from '../../models/paas/db-instance';
import { createDbInstances, deleteDbInstance, findDb, modifyDbSpec } from '../../models/paas/db-lifecycle';
import { createAccount, createReadOnly, readOnlyChoices } from '../../models/paas/mysql-extras';
import { configWire, diskWire, specWire, type DbProduct } from '../../models/paas/offers';
import { mustBeSettled } from '../../models/paas/placement';
import { PAAS_SITES, paasSite } from '../../models/paas/regions';
import { badArgs } from '../../paas-exceptions';
import { paasHandler } from './handler';

/** MySQL's instance and account actions (cds-mysql-api.md §1–10), all at /mysql. */

/** "TaskId": "" where the example answers one without a task, as DescribeAvailableDBConfig does. */
const NO_TASK = { TaskId: '' };

export function dbListWire(account: Account, product: DbProduct, filter: { InstanceUuid?: string; InstanceName?: string; IP?: string }) {
  const vdcName = (id: string) => account.findVdc(id)?.vdc.name ?? '';
  const name = filter.InstanceName?.toLowerCase();
  return account.paas
    .list(product)
    .filter((d) => !filter.InstanceUuid || d.id === filter.InstanceUuid)
    .filter((d) => !name || d.name.toLowerCase().includes(name))
    // The sample filters with "66.66": a prefix of the address.
    .filter((d) => !filter.IP || d.ip.startsWith(filter.IP))
    .map((d) =>
      d.toWire(
        vdcName(d.vdcId),
        d.masterId ? account.paas.dbs.get(d.masterId) : undefined,
        account.paas.replicasOf(d.id),
        account.paas.inpaasId,
      ),
    );
}

export function configFor(product: DbProduct, regionId: string) {
  if (!paasSite(regionId)) throw badArgs(`RegionId "${regionId}" is not a site of DescribeRegions`);
  return { Data: configWire(product, regionId), ...NO_TASK };
}

const choicesWire = (db: DbInstance, specs = db.goods.architecture.specs) => ({
  AttachDisk: db.goods.architecture.disks.filter((d) => d.value === db.diskType).map(diskWire),
  CpuRam: specs.map(specWire),
  ProductName: db.goods.architecture.subProductName,
  RegionId: db.regionId,
});

export const describeRegions = paasHandler('/mysql', cdsMysql.DescribeRegions, () => ({
  Data: PAAS_SITES.map((s) => ({ ...s })),
}));

export const describeAvailableDBConfig = paasHandler('/mysql', cdsMysql.DescribeAvailableDBConfig, (_ctx, input) =>
  configFor('mysql', input.RegionId),
);

export const createDBInstance = paasHandler('/mysql', cdsMysql.CreateDBInstance, ({ world, account }, input) => {
  const { task, instances } = createDbInstances(world, account, 'mysql', input);
  return { Data: { InstancesUuid: instances.map((d) => d.id) }, TaskId: task.taskId };
});

export const describeDBInstances = paasHandler('/mysql', cdsMysql.DescribeDBInstances, ({ account }, input) => ({
  Data: dbListWire(account, 'mysql', input),
}));

export const createPrivilegedAccount = paasHandler('/mysql', cdsMysql.CreatePrivilegedAccount, ({ account }, input) => {
  createAccount(account, input.InstanceUuid, { name: input.AccountName, type: input.AccountType, description: input.Description ?? '' });
  return { Data: {}, ...NO_TASK };
});

export const describeModifiableDBSpec = paasHandler('/mysql', cdsMysql.DescribeModifiableDBSpec, ({ account }, input) => {
  const db = findDb(account, 'mysql', input.InstanceUuid);
  mustBeSettled('instance', db.id, db.status);
  return { Data: choicesWire(db), ...NO_TASK };
});

export const modifyDBInstanceSpec = paasHandler('/mysql', cdsMysql.ModifyDBInstanceSpec, ({ world, account }, input) => ({
  Data: {},
  TaskId: modifyDbSpec(world, account, input).taskId,
}));

export const deleteDBInstance = paasHandler('/mysql', cdsMysql.DeleteDBInstance, ({ world, account }, input) => ({
  Data: {},
  TaskId: deleteDbInstance(world, account, 'mysql', input.InstanceUuid).taskId,
}));

export const describeAvailableReadOnlyConfig = paasHandler('/mysql', cdsMysql.DescribeAvailableReadOnlyConfig, ({ account }, input) => {
  const { master, specs } = readOnlyChoices(account, input.InstanceUuid);
  const data = choicesWire(master, specs);
  // A replica's disk is at least the primary's: the offer starts there.
  data.AttachDisk = data.AttachDisk.map((d) => ({ ...d, DiskMin: Math.max(d.DiskMin, master.diskGb ?? 0) }));
  return { Data: data, ...NO_TASK };
});

export const createReadOnlyDBInstance = paasHandler('/mysql', cdsMysql.CreateReadOnlyDBInstance, ({ world, account }, input) => {
  const { task } = createReadOnly(world, account, input);
  return { Data: {}, TaskId: task.taskId };
});
