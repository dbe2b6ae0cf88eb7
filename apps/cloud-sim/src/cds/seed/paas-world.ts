import type { Prng } from '../../util/prng';
import { DAY, HOUR, MINUTE } from '../../util/time';
import type { Account } from '../models/account';
import { backupSize, type Backup } from '../models/paas/backups';
import { DbInstance } from '../models/paas/db-instance';
import { MemcachedInstance } from '../models/paas/memcached';
import { goodsById, type DbProduct } from '../models/paas/offers';
import type { Vdc } from '../models/vdc';

/**
 * The demo world's databases, in the seeded VDCs and their private networks (addresses taken from
 * them). Drawn from a generator of their own, so adding them changes no id of the rest of the world.
 * Dated from a fixed anchor, as the instances are.
 */

const ANCHOR = Date.UTC(2024, 5, 1, 2, 0, 0);

interface DbPlan {
  name: string;
  product: DbProduct;
  vdc: string;
  network: string;
  goodsId: number;
  disk?: [type: string, gb: number];
  /** Index of the plan (earlier in this list) it is a read-only instance of. */
  replicaOf?: number;
  superAccount?: string;
  autoBackups?: number;
}

const DB_PLANS: DbPlan[] = [
  { name: 'order-db', product: 'mysql', vdc: 'Beijing-Prod', network: 'db-net', goodsId: 17082, disk: ['ssd_disk', 500], superAccount: 'order_admin', autoBackups: 4 },
  { name: 'order-db-ro', product: 'mysql', vdc: 'Beijing-Prod', network: 'db-net', goodsId: 17082, disk: ['ssd_disk', 500], replicaOf: 0 },
  { name: 'user-center', product: 'mysql', vdc: 'Shanghai-Prod', network: 'sh-lan', goodsId: 17031, disk: ['high_disk', 300], superAccount: 'uc_admin', autoBackups: 3 },
  { name: 'test-mysql', product: 'mysql', vdc: 'Beijing-测试环境', network: 'test-lan', goodsId: 17011, disk: ['high_disk', 100] },
  { name: 'session-cache', product: 'redis', vdc: 'Beijing-Prod', network: 'backend', goodsId: 5823 },
  { name: 'rank-cache', product: 'redis', vdc: 'Singapore-Edge', network: 'sg-lan', goodsId: 5768 },
];

const MEMCACHED_PLANS = [
  { name: 'page-cache', vdc: 'Beijing-Prod', network: 'backend', gb: 2 },
  { name: 'api-cache', vdc: 'Shanghai-Prod', network: 'sh-lan', gb: 1 },
];

function where(account: Account, vdcName: string, networkName: string): { vdc: Vdc; networkId: string; ip: string } {
  const vdc = account.vdcs().find((v) => v.name === vdcName);
  const network = vdc?.privateNetworks.find((p) => p.name === networkName);
  const ip = network?.firstFree();
  if (!vdc || !network || !ip) throw new Error(`database seed plan: no address on ${vdcName}/${networkName}`);
  network.take(ip);
  return { vdc, networkId: network.privateId, ip };
}

function autoBackups(db: DbInstance, count: number, rng: Prng): Backup[] {
  const lastDay = Math.floor((ANCHOR + 60 * DAY) / DAY) * DAY;
  return Array.from({ length: count }, (_, i) => {
    const backupId = rng.uuid();
    const startedAt = lastDay - i * DAY - 4 * HOUR + 10 * MINUTE + rng.int(0, 30) * 1000; // 04:10 Beijing
    return {
      backupId,
      instanceId: db.id,
      status: 'finished',
      mode: 'auto',
      sizeBytes: backupSize(backupId),
      desc: '',
      startedAt,
      endedAt: startedAt + rng.int(12, 40) * 1000,
      token: rng.hex(32),
    } satisfies Backup;
  });
}

export function seedDemoDatabases(account: Account, rng: Prng) {
  const made: DbInstance[] = [];
  DB_PLANS.forEach((plan, i) => {
    const goods = goodsById(plan.product, plan.goodsId);
    if (!goods) throw new Error(`database seed plan: no goods ${plan.goodsId}`);
    const at = where(account, plan.vdc, plan.network);
    const master = plan.replicaOf === undefined ? undefined : made[plan.replicaOf];
    const db = new DbInstance({
      id: rng.uuid(),
      name: plan.name,
      status: 'RUNNING',
      goods,
      regionId: at.vdc.regionId,
      vdcId: at.vdc.vdcId,
      networkId: at.networkId,
      ip: at.ip,
      ...(plan.disk ? { diskType: plan.disk[0], diskGb: plan.disk[1] } : {}),
      createdAt: ANCHOR + i * 5 * DAY + rng.int(0, DAY / 1000) * 1000,
      masterId: master?.id,
      resourceId: master?.resourceId ?? rng.uuid(),
      charged: 0,
    });
    if (plan.superAccount) db.accounts.push({ name: plan.superAccount, type: 'Super', description: '' });
    db.backups.push(...autoBackups(db, plan.autoBackups ?? 0, rng));
    account.paas.dbs.set(db.id, db);
    made.push(db);
  });
  MEMCACHED_PLANS.forEach((plan, i) => {
    const at = where(account, plan.vdc, plan.network);
    const m = new MemcachedInstance({
      id: rng.uuid(),
      name: plan.name,
      status: 'running',
      confGb: plan.gb,
      regionId: at.vdc.regionId,
      vdcId: at.vdc.vdcId,
      networkId: at.networkId,
      ip: at.ip,
      createdAt: ANCHOR + (40 + i * 3) * DAY + rng.int(0, DAY / 1000) * 1000,
      charged: 0,
    });
    m.items = rng.int(10_000, 900_000);
    account.paas.memcached.set(m.id, m);
  });
}
