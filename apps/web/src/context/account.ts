import type { CloudAccount, CloudProvider } from '../api/accounts';

/** The parameters every console page carries along: the picked region and cloud account. */
export const SHARED_PARAMS = ['region', 'account'] as const;

/** The account a URL asks for: the one named by ?account=, else the default CDS account (else the first). */
export function resolveAccount(
  accounts: readonly CloudAccount[] | undefined,
  requested: string | null | undefined,
): { account?: CloudAccount; missing: boolean } {
  if (!accounts) return { missing: false };
  if (requested) {
    const found = accounts.find((a) => a.id === requested);
    return found ? { account: found, missing: false } : { missing: true };
  }
  return { account: defaultAccount(accounts), missing: false };
}

/** The provider's default as an admin chose it (the BFF marks it), else its first account. */
export const providerDefault = (accounts: readonly CloudAccount[], provider: CloudProvider) =>
  accounts.find((a) => a.provider === provider && a.isDefault) ?? accounts.find((a) => a.provider === provider);

/** The default CDS account (or another provider's), else any account. */
export const defaultAccount = (accounts: readonly CloudAccount[], provider: CloudProvider = 'cds') => providerDefault(accounts, provider) ?? accounts[0];

/**
 * A page's own search params plus the shared ones (region, account) of the current URL, so a
 * page that rewrites its list state does not drop the pickers' values.
 */
export function keepShared(current: URLSearchParams, own: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(own);
  for (const name of SHARED_PARAMS) {
    const v = current.get(name);
    if (v && !next.has(name)) next.set(name, v);
  }
  return next;
}

/** "?region=…&account=…" of the current URL, for navigation links. */
export function sharedSearch(current: URLSearchParams): string {
  const p = keepShared(current, new URLSearchParams());
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The search params after picking another account: anything scoped to the old account goes (page, VDC filter). */
export function withAccount(current: URLSearchParams, account: string | undefined): URLSearchParams {
  const p = new URLSearchParams(current);
  if (account) p.set('account', account);
  else p.delete('account');
  p.delete('page');
  p.delete('vdc');
  return p;
}
