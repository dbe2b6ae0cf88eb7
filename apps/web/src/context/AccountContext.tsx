import { useQuery } from '@tanstack/react-query';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { accountsQuery, type CloudAccount } from '../api/accounts';
import { resolveAccount, withAccount } from './account';

const AccountContext = createContext<CloudAccount | null>(null);

/** The cloud account product pages act with (the header picker's value, checked against the list). */
export function AccountProvider({ account, children }: { account: CloudAccount; children: ReactNode }) {
  return <AccountContext.Provider value={account}>{children}</AccountContext.Provider>;
}

export function useAccount(): CloudAccount {
  const a = useContext(AccountContext);
  if (!a) throw new Error('useAccount needs an AccountProvider (product pages sit under AccountGate)');
  return a;
}

/** The id every action call and every query key of a product page carries. */
export const useAccountId = () => useAccount().id;

/** The accounts, the one the URL picks (or the default), and a setter that keeps it in ?account=. */
export function useAccountChoice(enabled = true) {
  const query = useQuery({ ...accountsQuery, enabled });
  const [params, setParams] = useSearchParams();
  const requested = params.get('account');
  const { account, missing } = resolveAccount(query.data, requested);
  // `replace` when the console picks for the person (no history entry to step back into).
  const setAccount = useCallback(
    (id: string | undefined, replace = false) => setParams((prev) => withAccount(prev, id), { replace }),
    [setParams],
  );
  return { accounts: query.data, account, missing, requested, query, setAccount };
}
