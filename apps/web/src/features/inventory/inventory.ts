import type { Instance, MosInstance } from '@console/api-types/client';
import type { CloudAccount, CloudProvider } from '../../api/accounts';

/** One machine of any cloud, as the inventory lists it. */
export interface InventoryRow {
  /** Unique across accounts: account id + instance id. */
  key: string;
  provider: CloudProvider;
  accountId: string;
  accountName: string;
  /** CDS: the instance's region; MOS: the account's region (one endpoint per region). */
  region?: string;
  id: string;
  name: string;
  status: string;
  cpu?: number;
  memoryMb?: number;
  addresses: string[];
  /** The instance's own page, under its account. */
  href: string;
}

const base = (a: Pick<CloudAccount, 'id' | 'name' | 'provider'>) => ({ provider: a.provider, accountId: a.id, accountName: a.name });

export function cdsRows(account: Pick<CloudAccount, 'id' | 'name' | 'provider'>, items: readonly Instance[]): InventoryRow[] {
  return items.map((i) => ({
    ...base(account),
    key: `${account.id}/${i.id}`,
    region: i.regionId,
    id: i.id,
    name: i.name,
    status: i.status,
    cpu: i.cpu,
    // CDS answers Ram in GB.
    memoryMb: i.ram === undefined ? undefined : i.ram * 1024,
    addresses: [...i.publicIps, ...i.privateIps].filter(Boolean),
    href: `/instances/${encodeURIComponent(i.id)}?account=${encodeURIComponent(account.id)}`,
  }));
}

export function mosRows(account: Pick<CloudAccount, 'id' | 'name' | 'provider' | 'region'>, items: readonly MosInstance[]): InventoryRow[] {
  return items.map((i) => ({
    ...base(account),
    key: `${account.id}/${i.id}`,
    region: account.region ?? undefined,
    id: i.id,
    name: i.name,
    status: i.status,
    cpu: i.cpu,
    memoryMb: i.memoryMb,
    addresses: i.ipAddresses,
    href: `/mos/instances/${encodeURIComponent(i.id)}?account=${encodeURIComponent(account.id)}`,
  }));
}

/** The one search: a part of the name or id, or of an address, without regard to case. */
export function matchesSearch(row: Pick<InventoryRow, 'name' | 'id' | 'addresses' | 'accountName'>, q: string | undefined): boolean {
  const needle = q?.trim().toLowerCase();
  if (!needle) return true;
  return [row.name, row.id, row.accountName, ...row.addresses].some((v) => v.toLowerCase().includes(needle));
}

/** By cloud, account and name, so each account's machines stay together. */
export const byPlace = (a: InventoryRow, b: InventoryRow) =>
  a.provider.localeCompare(b.provider) || a.accountName.localeCompare(b.accountName) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
