/** CDS PaaS databases: MySQL, Redis, Memcached. */

export interface PaasRegion {
  regionId: string;
  regionName: string;
  siteName: string;
  cityId: string;
  cityName: string;
  onSale: boolean;
}

export interface DbSpec {
  paasGoodsId: string;
  name: string;
  cpu: number;
  /** GB, as the spec tables give it (DescribeDBInstances gives MB). */
  ramGb: number;
  /** CNY per hour, when the answer carries a price (not a documented field). */
  pricePerHour?: number;
}

export interface DbDiskChoice {
  /** Value to send as DiskType, e.g. ssd_disk. */
  value: string;
  name: string;
  min?: number;
  max?: number;
  maxExpand?: number;
  step?: number;
  unit?: string;
  basicIops?: string;
  /** CNY per GB and hour, when the answer carries a price (not a documented field). */
  pricePerGbHour?: number;
}

export interface DbNetworkLink {
  linkType: string;
  name: string;
  description?: string;
}

export interface DbComputeRole {
  name: string;
  type?: number;
  specs: DbSpec[];
  disks: DbDiskChoice[];
}

export interface DbArchitecture {
  name: string;
  type?: number;
  subProductName: string;
  computeRoles: DbComputeRole[];
  networkLinks: DbNetworkLink[];
}

export interface DbProduct {
  version: string;
  architectures: DbArchitecture[];
}

export interface DbConfig {
  productName: string;
  regionId: string;
  products: DbProduct[];
}

export interface DbSpecChoices {
  productName: string;
  regionId: string;
  specs: DbSpec[];
  disks: DbDiskChoice[];
}

export interface ReadOnlyInstance {
  id: string;
  name: string;
  ip: string;
  port?: number;
  cpu?: number;
  ramMb?: number;
  status: string;
  statusText?: string;
  createdAt?: string;
}

export interface DbInstance {
  id: string;
  name: string;
  status: string;
  /** The Chinese status word as answered. */
  statusText: string;
  ip: string;
  port?: number;
  cpu?: number;
  /** MB, as DescribeDBInstances answers. */
  ramMb?: number;
  diskGb?: number;
  regionId: string;
  regionName?: string;
  vdcId: string;
  vdcName: string;
  version: string;
  subProductName: string;
  linkType?: string;
  linkTypeText?: string;
  createdAt?: string;
  /** Set on a read-only instance: the instance it follows, as answered. */
  masterInfo?: unknown;
  /** The id of that instance, read from masterInfo. */
  masterId?: string;
  readOnlyInstances: ReadOnlyInstance[];
}

export interface DbBackup {
  id: string;
  instanceId?: string;
  status: string;
  type: string;
  /** auto or manual. */
  mode: string;
  sizeBytes: number;
  description: string;
  startTime?: string;
  endTime?: string;
}

export interface DbBackupDownload extends DbBackup {
  downloadUrl: string;
  intranetDownloadUrl?: string;
}

export interface CreatedDbInstances {
  taskId: string;
  instanceIds: string[];
}

export interface MemcachedInstance {
  id: string;
  name: string;
  status: string;
  address: string;
  port?: number;
  /** e.g. "1G". */
  conf: string;
  confName?: string;
  version?: string;
  vdcName?: string;
  regionId?: string;
  siteName?: string;
  billMethod?: string;
  maxConnections?: number;
  goodsId?: string;
  runningTime?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface MemcachedList {
  items: MemcachedInstance[];
  total: number;
  counts: { running: number; creating: number; updating: number; deleting: number; error: number };
}

export interface CreatedMemcached {
  taskIds: string[];
  instanceIds: string[];
}
