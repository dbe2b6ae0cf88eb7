import { badArgs, paasInvalidParameter, resourceInUse, resourceNotFound, unsupportedOperation } from '../../paas-exceptions';
import type { Account } from '../account';
import type { Task } from '../tasks';
import type { World } from '../world';
import { backupSize, type Backup } from './backups';
import type { DbAccount, DbInstance } from './db-instance';
import { createDbInstances, findDb } from './db-lifecycle';
import type { SpecOffer } from './offers';
import { mustBeSettled, startTask } from './placement';

/** MySQL's accounts, read-only instances and backups (cds-mysql-api.md §5, §9–14). */

/** Read-only instances one primary may have. The document names no limit; this one is small and stated. */
export const MAX_READ_ONLY = 5;

const isReplicated = (db: DbInstance) => db.goods.architecture.type === 1;

/** CreatePrivilegedAccount: at once (no task); one Super account per instance; names unique. */
export function createAccount(account: Account, id: string, a: DbAccount) {
  const db = findDb(account, 'mysql', id);
  mustBeSettled('instance', id, db.status);
  if (db.masterId) throw unsupportedOperation(`instance ${id} is read-only: accounts are created on its primary ${db.masterId}`);
  if (a.type === 'Super' && db.accounts.some((x) => x.type === 'Super')) {
    throw unsupportedOperation(`instance ${id} already has its privileged (Super) account; one is allowed`);
  }
  if (db.accounts.some((x) => x.name === a.name)) throw paasInvalidParameter(`AccountName "${a.name}" exists on instance ${id}`);
  db.accounts.push(a);
}

/** The primary a read-only instance can be added to: 主从版, settled, not itself read-only. */
function readOnlyMaster(account: Account, id: string): DbInstance {
  const db = findDb(account, 'mysql', id);
  if (db.masterId) throw unsupportedOperation(`instance ${id} is itself read-only`);
  if (!isReplicated(db)) throw unsupportedOperation(`read-only instances need ${'MySQL 高可用版'} (主从); ${db.goods.architecture.subProductName} has none`);
  mustBeSettled('instance', id, db.status);
  return db;
}

/** DescribeAvailableReadOnlyConfig: specs at least the primary's, disks of its type from its size up. */
export function readOnlyChoices(account: Account, id: string): { master: DbInstance; specs: SpecOffer[] } {
  const master = readOnlyMaster(account, id);
  const specs = master.goods.architecture.specs.filter((s) => s.cpu >= master.goods.spec.cpu && s.ramGb >= master.goods.spec.ramGb);
  return { master, specs };
}

export interface ReadOnlyRequest {
  InstanceUuid: string;
  InstanceName: string;
  PaasGoodsId: number;
  DiskType: string;
  DiskValue: number;
  Amount?: number;
}

export function createReadOnly(world: World, account: Account, req: ReadOnlyRequest) {
  const { master, specs } = readOnlyChoices(account, req.InstanceUuid);
  if (!specs.some((s) => s.goodsId === req.PaasGoodsId)) {
    throw badArgs(`PaasGoodsId ${req.PaasGoodsId} is not offered for a read-only instance of ${master.id} (see DescribeAvailableReadOnlyConfig)`);
  }
  if (req.DiskType !== master.diskType) throw badArgs(`DiskType must be ${master.diskType}, the primary's`);
  const amount = req.Amount ?? 1;
  const have = account.paas.replicasOf(master.id).length;
  if (have + amount > MAX_READ_ONLY) throw unsupportedOperation(`instance ${master.id} has ${have} read-only instance(s); at most ${MAX_READ_ONLY}`);
  return createDbInstances(
    world,
    account,
    'mysql',
    {
      RegionId: master.regionId,
      VdcId: master.vdcId,
      BasePipeId: master.networkId,
      InstanceName: req.InstanceName,
      PaasGoodsId: req.PaasGoodsId,
      DiskType: req.DiskType,
      DiskValue: req.DiskValue,
      Amount: amount,
    },
    master,
  );
}

/** A backup of an instance, or ResourceNotFound. */
export function findBackup(db: DbInstance, backupId: string): Backup {
  const b = db.backups.find((x) => x.backupId === backupId);
  if (!b) throw resourceNotFound(`backup of instance ${db.id}`, backupId);
  return b;
}

/** CreateBackup: "支持云数据库MySQL主从版实例和集群版实例", one at a time; the instance keeps running. */
export function createBackup(world: World, account: Account, id: string, desc: string): Task {
  const db = findDb(account, 'mysql', id);
  if (db.masterId || !isReplicated(db)) {
    throw unsupportedOperation(`backups are made of 主从 primaries; ${db.masterId ? 'this is a read-only instance' : db.goods.architecture.subProductName + ' is not'}`);
  }
  mustBeSettled('instance', id, db.status);
  const running = db.backups.find((b) => b.status === 'doing');
  if (running) throw resourceInUse('backup', running.backupId, 'doing');
  const backup: Backup = {
    backupId: world.rng.uuid(),
    instanceId: db.id,
    status: 'doing',
    mode: 'manual',
    sizeBytes: 0,
    desc,
    startedAt: world.now(),
    token: world.rng.hex(32),
  };
  db.backups.unshift(backup);
  return startTask(world, account, 'CreateBackup', [db.id, backup.backupId], () => {
    if (!db.backups.includes(backup)) return 'the instance was deleted before its backup finished';
    backup.status = 'finished';
    backup.sizeBytes = backupSize(backup.backupId);
    backup.endedAt = world.now();
  });
}

export function deleteBackup(world: World, account: Account, id: string, backupId: string): Task {
  const db = findDb(account, 'mysql', id);
  const backup = findBackup(db, backupId);
  if (backup.status !== 'finished') throw resourceInUse('backup', backupId, backup.status);
  backup.status = 'deleting';
  return startTask(world, account, 'DeleteBackup', [db.id, backupId], () => {
    const at = db.backups.indexOf(backup);
    if (at >= 0) db.backups.splice(at, 1);
  });
}

/** DownloadBackup: only a finished backup has a file. */
export function downloadableBackup(account: Account, id: string, backupId: string): { db: DbInstance; backup: Backup } {
  const db = findDb(account, 'mysql', id);
  const backup = findBackup(db, backupId);
  if (backup.status !== 'finished') throw resourceInUse('backup', backupId, backup.status);
  return { db, backup };
}
