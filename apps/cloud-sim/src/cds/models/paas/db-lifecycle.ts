import { badArgs, resourceNotFound, unsupportedOperation } from '../../paas-exceptions';
import type { Account } from '../account';
import { FAIL_MARKER } from '../create-instances';
import type { Task } from '../tasks';
import type { World } from '../world';
import { DbInstance } from './db-instance';
import { diskOffer, goodsById, type ArchitectureOffer, type DbProduct, type Goods } from './offers';
import { charge, dayOf, mustBeSettled, nthName, place, refund, releaseAddress, startTask } from './placement';

/**
 * CreateDBInstance, DeleteDBInstance and ModifyDBInstanceSpec of MySQL and Redis (Redis has no
 * disk and no spec change). Every check runs before anything changes.
 */

export interface DbCreateRequest {
  RegionId: string;
  VdcId: string;
  BasePipeId: string;
  InstanceName: string;
  PaasGoodsId: number;
  DiskType?: string;
  DiskValue?: number;
  Amount?: number;
}

export function findDb(account: Account, product: DbProduct, id: string): DbInstance {
  const db = account.paas.db(product, id);
  if (!db) throw resourceNotFound(product === 'mysql' ? 'MySQL instance' : 'Redis instance', id);
  return db;
}

export function goodsOrRefuse(product: DbProduct, goodsId: number): Goods {
  const goods = goodsById(product, goodsId);
  if (!goods) throw badArgs(`PaasGoodsId ${goodsId} is not a ${product} spec of DescribeAvailableDBConfig`);
  return goods;
}

/** A disk type the architecture sells and a size within its limits. */
export function checkDisk(architecture: ArchitectureOffer, type: string, size: number, min?: number) {
  const offer = diskOffer(architecture, type);
  if (!offer) throw badArgs(`DiskType "${type}" is not sold with ${architecture.subProductName} (${architecture.disks.map((d) => d.value).join(', ')})`);
  const lowest = Math.max(offer.min, min ?? 0);
  if (size < lowest || size > offer.maxExpand || size % offer.step !== 0) {
    throw badArgs(`DiskValue ${size} GB: ${offer.value} is ${lowest}–${offer.maxExpand} GB in steps of ${offer.step}`);
  }
  return offer;
}

export const hourlyOf = (goods: Goods, diskType?: string, diskGb?: number) =>
  goods.spec.pricePerHour + (diskType && diskGb ? (diskOffer(goods.architecture, diskType)?.pricePerGbHour ?? 0) * diskGb : 0);

export function createDbInstances(world: World, account: Account, product: DbProduct, req: DbCreateRequest, master?: DbInstance) {
  const goods = goodsOrRefuse(product, req.PaasGoodsId);
  if (product === 'mysql') checkDisk(goods.architecture, req.DiskType ?? '', req.DiskValue ?? 0, master?.diskGb);
  const amount = req.Amount ?? 1;
  const where = place(account, req.RegionId, req.VdcId, req.BasePipeId, amount);
  const each = dayOf(hourlyOf(goods, req.DiskType, req.DiskValue));
  charge(account, each * amount);

  const now = world.now();
  const rng = world.rng;
  const instances = where.ips.map((ip, i) => {
    where.network.take(ip);
    const db = new DbInstance({
      id: rng.uuid(),
      name: nthName(req.InstanceName, amount, i),
      status: 'CREATING',
      goods,
      regionId: req.RegionId,
      vdcId: where.vdc.vdcId,
      networkId: where.network.privateId,
      ip,
      ...(product === 'mysql' ? { diskType: req.DiskType, diskGb: req.DiskValue } : {}),
      createdAt: now,
      masterId: master?.id,
      resourceId: master?.resourceId ?? rng.uuid(),
      charged: each,
    });
    account.paas.dbs.set(db.id, db);
    return db;
  });
  const fails = req.InstanceName.includes(FAIL_MARKER);
  const task = startTask(world, account, master ? 'CreateReadOnlyDBInstance' : 'CreateDBInstance', instances.map((d) => d.id), () => {
    for (const db of instances) {
      if (db.status !== 'CREATING') continue;
      db.status = fails ? 'ERROR' : 'RUNNING';
      if (fails) {
        refund(account, db.charged);
        db.charged = 0;
      }
    }
    return fails ? `The simulator failed this create on purpose (the name contains "${FAIL_MARKER}")` : undefined;
  });
  return { task, instances };
}

/** Deletes one instance: not while a task works on it, not a primary that still has read-only instances. */
export function deleteDbInstance(world: World, account: Account, product: DbProduct, id: string): Task {
  const db = findDb(account, product, id);
  // Settled or failed: a failed create can be deleted, a busy instance cannot.
  if (db.status !== 'ERROR') mustBeSettled('instance', id, db.status);
  const replicas = account.paas.replicasOf(id);
  if (replicas.length > 0) {
    throw unsupportedOperation(`instance ${id} has ${replicas.length} read-only instance(s): delete them first`);
  }
  db.status = 'DELETING';
  return startTask(world, account, 'DeleteDBInstance', [id], () => {
    account.paas.dbs.delete(id);
    releaseAddress(account, db.vdcId, db.networkId, db.ip);
  });
}

export interface ModifyRequest {
  InstanceUuid: string;
  PaasGoodsId?: number;
  DiskType?: string;
  DiskValue?: number;
}

/**
 * ModifyDBInstanceSpec: a spec of the same version and architecture (DescribeModifiableDBSpec's
 * list), and/or a larger disk of the type bought first. DiskValue is the new size, not an addition.
 */
export function modifyDbSpec(world: World, account: Account, req: ModifyRequest): Task {
  const db = findDb(account, 'mysql', req.InstanceUuid);
  mustBeSettled('instance', db.id, db.status);
  let goods = db.goods;
  if (req.PaasGoodsId !== undefined) {
    goods = goodsOrRefuse('mysql', req.PaasGoodsId);
    if (goods.architecture !== db.goods.architecture) {
      throw badArgs(`PaasGoodsId ${req.PaasGoodsId} is not a spec of ${db.goods.architecture.subProductName} ${db.goods.version.version} (see DescribeModifiableDBSpec)`);
    }
  }
  let diskGb = db.diskGb;
  if (req.DiskValue !== undefined) {
    if (req.DiskType !== db.diskType) throw badArgs(`DiskType must stay ${db.diskType}, the type the instance was bought with`);
    if (req.DiskValue <= (db.diskGb ?? 0)) throw badArgs(`DiskValue ${req.DiskValue} GB must be larger than the instance's ${db.diskGb} GB`);
    checkDisk(db.goods.architecture, db.diskType ?? '', req.DiskValue);
    diskGb = req.DiskValue;
  }
  if (goods === db.goods && diskGb === db.diskGb) throw badArgs('the requested spec and disk are what the instance has');
  const more = hourlyOf(goods, db.diskType, diskGb) - hourlyOf(db.goods, db.diskType, db.diskGb);
  if (more > 0) charge(account, dayOf(more));
  db.status = 'UPDATING';
  return startTask(world, account, 'ModifyDBInstanceSpec', [db.id], () => {
    db.goods = goods;
    db.diskGb = diskGb;
    db.status = 'RUNNING';
  });
}
