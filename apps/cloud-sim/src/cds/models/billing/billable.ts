import type { Account } from '../account';

/**
 * What the bills read from the rest of the world: every model that owns something the cloud
 * charges for gives a source that lists those things as they are now. The ledger
 * (ledger.ts) looks at the sources after every call and every task end, so it sees each
 * resource appear, change price and disappear at the moment it happens, and remembers the
 * lifetimes of resources that are gone. Models never call the ledger themselves.
 */

export type BillChargeType = 'PostPaid' | 'PrePaid';

/** One priced part of a resource, e.g. vCPU "4C" at 0.32 an hour; shown in Configuration and CostDetail. */
export interface PricePart {
  /** The document's label: 系统硬盘, vCPU, 内存, 操作系统, 带宽, ... */
  name: string;
  /** As configured: "4C", "8GB", "CDS-OS-CentOS7.6-64bit-General-V3". */
  amount: string;
  /** CNY per hour. */
  hourly: number;
}

export interface BillableResource {
  resourceId: string;
  /** DescribeBill's ResourceType: vm, disk, ip, wan, and (later) the databases'. */
  resourceType: string;
  name: string;
  regionId: string;
  vdcId: string;
  vdcName: string;
  /** The product title that starts Configuration, e.g. "云主机". */
  product: string;
  status: string;
  chargeType: BillChargeType;
  parts: PricePart[];
  ips: string[];
  /**
   * When it began, if the model knows (seeded resources, instances). The ledger never dates a
   * resource before the last time it looked, so a disk added to an old instance starts now.
   */
  since?: number;
}

/** Lists an account's billable resources of one kind, as they are now. */
export type BillableSource = (account: Account) => BillableResource[];

export const hourlyOf = (parts: readonly PricePart[]) => parts.reduce((sum, p) => sum + p.hourly, 0);
