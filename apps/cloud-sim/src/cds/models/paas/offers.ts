/**
 * What the PaaS databases sell (DescribeAvailableDBConfig, DescribeModifiableDBSpec,
 * DescribeAvailableReadOnlyConfig): versions, architectures, specs with their PaasGoodsId, disk
 * types with their limits. One offer for every site of DescribeRegions. A PaasGoodsId names a
 * product, version, architecture and spec at once, so CreateDBInstance needs nothing else.
 * Prices are invented round numbers in CNY (the documents publish none); they are answered as
 * PricePerHour / PricePerGbHour, fields the document does not have.
 */

export type DbProduct = 'mysql' | 'redis';

export interface DiskOffer {
  value: string;
  name: string;
  basicIops: string;
  min: number;
  max: number;
  maxExpand: number;
  step: number;
  pricePerGbHour: number;
}

export interface SpecOffer {
  goodsId: number;
  name: string;
  cpu: number;
  ramGb: number;
  pricePerHour: number;
}

export interface ArchitectureOffer {
  name: string;
  /** MySQL: 0 基础版, 1 主从版; Redis answers none. */
  type?: number;
  subProductName: string;
  /** ProductType of the performance answers, e.g. mysql-replication. */
  productType: string;
  specs: SpecOffer[];
  disks: DiskOffer[];
}

export interface VersionOffer {
  version: string;
  /** The version DescribeDBInstances answers, e.g. 5.7.24. */
  fullVersion: string;
  architectures: ArchitectureOffer[];
}

/** AttachDiskObj: 100–2000 GB in steps of 100; SSD has IOPS packages, 性能型 is held at 3000. */
export const DB_DISKS: DiskOffer[] = [
  { value: 'ssd_disk', name: 'SSD', basicIops: '5000', min: 100, max: 2000, maxExpand: 2000, step: 100, pricePerGbHour: 0.0015 },
  { value: 'high_disk', name: '性能型', basicIops: '3000', min: 100, max: 2000, maxExpand: 2000, step: 100, pricePerGbHour: 0.0008 },
];

const cents = (n: number) => Math.round(n * 10000) / 10000;

function mysqlSpecs(firstId: number, sizes: [number, number][], factor: number): SpecOffer[] {
  return sizes.map(([cpu, ram], i) => ({
    goodsId: firstId + i,
    name: `${cpu}C${ram}G`,
    cpu,
    ramGb: ram,
    pricePerHour: cents((cpu * 0.12 + ram * 0.05) * factor),
  }));
}

/** `every`: the Redis example numbers its 读写分离 specs 5765, 5768, 5771… */
function redisSpecs(firstId: number, sizes: number[], factor: number, every = 1): SpecOffer[] {
  return sizes.map((ram, i) => ({ goodsId: firstId + i * every, name: `${ram}G`, cpu: 0, ramGb: ram, pricePerHour: cents(ram * 0.06 * factor) }));
}

const BASIC: [number, number][] = [[1, 2], [2, 4], [4, 8], [8, 16]];
const HA: [number, number][] = [[1, 2], [2, 4], [4, 8], [8, 16], [8, 32], [16, 64]];

function mysqlVersion(version: string, fullVersion: string, firstId: number): VersionOffer {
  return {
    version,
    fullVersion,
    architectures: [
      { name: '基础版', type: 0, subProductName: 'MySQL 基础版', productType: 'mysql-basic', specs: mysqlSpecs(firstId, BASIC, 1), disks: DB_DISKS },
      { name: '主从', type: 1, subProductName: 'MySQL 高可用版', productType: 'mysql-replication', specs: mysqlSpecs(firstId + 20, HA, 2), disks: DB_DISKS },
    ],
  };
}

export const MYSQL_OFFER: VersionOffer[] = [mysqlVersion('5.7', '5.7.24', 17010), mysqlVersion('8.0', '8.0.18', 17060)];

const REDIS_DISK: DiskOffer[] = [DB_DISKS[1]!];
export const REDIS_OFFER: VersionOffer[] = [
  {
    version: '2.8.19',
    fullVersion: '2.8.19',
    architectures: [
      { name: '读写分离', subProductName: 'Redis 读写分离版', productType: 'redis-rw-splitting', specs: redisSpecs(5765, [1, 2, 4, 8, 16], 1.2, 3), disks: REDIS_DISK },
    ],
  },
  {
    version: '4.0',
    fullVersion: '4.0.14',
    architectures: [
      { name: '主从', subProductName: 'Redis 主从版', productType: 'redis-replication', specs: redisSpecs(5801, [1, 2, 4, 8, 16, 32], 1), disks: REDIS_DISK },
    ],
  },
  {
    version: '5.0',
    fullVersion: '5.0.5',
    architectures: [
      { name: '主从', subProductName: 'Redis 主从版', productType: 'redis-replication', specs: redisSpecs(5821, [1, 2, 4, 8, 16, 32], 1), disks: REDIS_DISK },
      { name: '集群', subProductName: 'Redis 集群版', productType: 'redis-cluster', specs: redisSpecs(5841, [8, 16, 32, 64], 1.5), disks: REDIS_DISK },
    ],
  },
];

export const offerOf = (product: DbProduct) => (product === 'mysql' ? MYSQL_OFFER : REDIS_OFFER);

export interface Goods {
  product: DbProduct;
  version: VersionOffer;
  architecture: ArchitectureOffer;
  spec: SpecOffer;
}

/** What a PaasGoodsId names, within one product. */
export function goodsById(product: DbProduct, goodsId: number): Goods | undefined {
  for (const version of offerOf(product)) {
    for (const architecture of version.architectures) {
      const spec = architecture.specs.find((s) => s.goodsId === goodsId);
      if (spec) return { product, version, architecture, spec };
    }
  }
  return undefined;
}

export const diskOffer = (architecture: ArchitectureOffer, value: string) => architecture.disks.find((d) => d.value === value);

const DEFAULT_LINK = {
  DescDetail: '默认链路：服务实例占用VDC私有网络IP地址，适用于对延迟敏感类型的应用。',
  LinkType: 'default_link',
  Name: '默认链路',
};
export const LINK = { type: DEFAULT_LINK.LinkType, name: DEFAULT_LINK.Name };

export const diskWire = (d: DiskOffer) => ({
  BasicIops: d.basicIops,
  DiskMax: d.max,
  DiskMaxExpand: d.maxExpand,
  DiskMin: d.min,
  DiskName: d.name,
  DiskStep: d.step,
  DiskUnit: 'G',
  DiskValue: d.value,
  PricePerGbHour: d.pricePerGbHour,
});

export const specWire = (s: SpecOffer) => ({ CPU: s.cpu, Name: s.name, PaasGoodsId: s.goodsId, RAM: s.ramGb, PricePerHour: s.pricePerHour });

/** DescribeAvailableDBConfig's Data for a site, in the example's shape. */
export function configWire(product: DbProduct, regionId: string) {
  return {
    ProductName: product,
    RegionId: regionId,
    Products: offerOf(product).map((v) => ({
      Version: v.version,
      Architectures: v.architectures.map((a) => ({
        ArchitectureName: a.name,
        ...(a.type !== undefined ? { ArchitectureType: a.type } : {}),
        ComputeRoles: [
          {
            ComputeName: product === 'mysql' ? '通用型' : '高性能型',
            ...(product === 'mysql' ? { ComputeType: 0 } : {}),
            Standards: { AttachDisk: a.disks.map(diskWire), CpuRam: a.specs.map(specWire) },
          },
        ],
        EnginesType: [],
        NetworkLinks: [{ ...DEFAULT_LINK }],
        SubProductName: a.subProductName,
      })),
    })),
  };
}
