/**
 * The BFF's inventory (GET /api/inventory/…): a whole account's resources kept by the console
 * server, searched, filtered, sorted and paged there, so the browser receives one page.
 */

/** The instance list's sortable columns (the keys of its columns, plus the region). */
export const INSTANCE_SORT_KEYS = ['name', 'status', 'vdc', 'region', 'spec', 'publicIp', 'privateIp', 'charge', 'created'] as const;
export type InstanceSortKey = (typeof INSTANCE_SORT_KEYS)[number];
export type SortOrder = 'asc' | 'desc';

/** One page of an inventory. */
export interface InventoryPage<T> {
  items: T[];
  /** Items matching the filters, over every page. */
  totalCount: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /**
   * Some resource of the account (on this page or not) is changing by itself (stopping, creating…):
   * a filtered list polls fast too, so an instance entering the filter shows soon.
   */
  changing: boolean;
  /** When the inventory was last read from the cloud (ISO time). */
  refreshedAt: string;
  /** Set when the last refresh failed: the page comes from the inventory as it was at refreshedAt. */
  stale?: { code: string; message: string; requestId?: string; failedAt: string };
}
