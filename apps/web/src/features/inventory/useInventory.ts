import { cdsCcs, mosMcs } from '@console/api-types/client';
import { useQueries, useQuery } from '@tanstack/react-query';
import { accountsQuery, type CloudAccount } from '../../api/accounts';
import { actionQuery, allPagesQuery } from '../../api/query';
import { cdsRows, mosRows, type InventoryRow } from './inventory';

export interface AccountListing {
  account: CloudAccount;
  rows: InventoryRow[];
  loading: boolean;
  error: unknown;
  refetch: () => void;
}

/** Each account's query: every CDS page (100 a page), or MOS in one call (no Limit: all). */
function listingQuery(a: CloudAccount) {
  if (a.provider === 'mos') {
    const q = actionQuery(mosMcs.DescribeInstances, {}, a.id);
    return { ...q, select: (page: { items: Parameters<typeof mosRows>[1] }) => mosRows(a, page.items) };
  }
  const q = allPagesQuery(cdsCcs.DescribeInstances, {}, a.id, 100);
  return { ...q, select: (page: { items: Parameters<typeof cdsRows>[1] }) => cdsRows(a, page.items) };
}

/**
 * Every instance of every account, one query per account: a slow or failing account keeps its own
 * loading or error state and never holds the others back.
 */
export function useInventory() {
  const accounts = useQuery(accountsQuery);
  const listings = useQueries({
    queries: (accounts.data ?? []).map((a) => ({ ...listingQuery(a), staleTime: 30_000, retry: 1 })),
    combine: (results) =>
      results.map(
        (r, k): AccountListing => ({
          account: accounts.data![k]!,
          rows: (r.data as InventoryRow[] | undefined) ?? [],
          loading: r.isLoading,
          error: r.error,
          refetch: () => void r.refetch(),
        }),
      ),
  });
  return { accounts, listings };
}
