import type { Account } from '../account';
import { MEMCACHED_GB_HOUR } from '../paas/memcached';
import { diskOffer } from '../paas/offers';
import type { BillableResource, BillableSource } from './billable';

/**
 * Databases: MySQL and Redis instances (ResourceType "mysql", "redis": the spec's hourly price,
 * plus MySQL's disk) and Memcached (ResourceType "memcached": its size). Pay-as-you-go, at the
 * prices their offers answer (paas/offers.ts). A create that failed accrues nothing.
 */

const vdcNameOf = (account: Account, regionId: string, vdcId: string) => account.backends.get(regionId)?.vdcName(vdcId) ?? '';
const on = (status: string) => (status.toLowerCase() === 'error' ? 0 : 1);

export const databaseBillables: BillableSource = (account) => [
  ...[...account.paas.dbs.values()].map((db): BillableResource => {
    const { spec, architecture, version } = db.goods;
    const disk = db.diskType && db.diskGb ? diskOffer(architecture, db.diskType) : undefined;
    return {
      resourceId: db.id,
      resourceType: db.product,
      name: db.name,
      regionId: db.regionId,
      vdcId: db.vdcId,
      vdcName: vdcNameOf(account, db.regionId, db.vdcId),
      product: `${db.product === 'mysql' ? 'MySQL' : 'Redis'} ${version.version} ${architecture.name}`,
      status: db.status.toLowerCase(),
      chargeType: 'PostPaid',
      since: db.createdAt,
      parts: [
        { name: '规格', amount: spec.name, hourly: on(db.status) * spec.pricePerHour },
        ...(disk ? [{ name: '磁盘', amount: `${db.diskGb}GB`, hourly: on(db.status) * disk.pricePerGbHour * db.diskGb! }] : []),
      ],
      ips: db.ip ? [db.ip] : [],
    };
  }),
  ...account.paas.memcachedList().map(
    (m): BillableResource => ({
      resourceId: m.id,
      resourceType: 'memcached',
      name: m.name,
      regionId: m.regionId,
      vdcId: m.vdcId,
      vdcName: vdcNameOf(account, m.regionId, m.vdcId),
      product: 'Memcached',
      status: m.status,
      chargeType: 'PostPaid',
      since: m.createdAt,
      parts: [{ name: '内存', amount: `${m.confGb}GB`, hourly: on(m.status) * m.confGb * MEMCACHED_GB_HOUR }],
      ips: m.ip ? [m.ip] : [],
    }),
  ),
];
