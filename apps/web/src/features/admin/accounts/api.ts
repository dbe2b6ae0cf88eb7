import type { QueryClient } from '@tanstack/react-query';
import { ACCOUNTS_KEY, type CloudAccount, type CloudProvider, type EndpointArea } from '../../../api/accounts';
import { consoleCall } from '../../../api/client';

export interface NewAccount {
  provider: CloudProvider;
  name: string;
  accessKeyId: string;
  secret: string;
  endpointArea: EndpointArea;
  endpointUrl?: string | null;
  /** MOS only. */
  region?: string | null;
}
export type AccountChange = Partial<Omit<NewAccount, 'provider'>>;

/** What "Test connection" answers: a signed harmless read worked, or the cloud's code and message. */
export type TestResult = { ok: true; message: string } | { ok: false; code: string; message: string; upstream?: { requestId?: string } };

export const createAccount = async (body: NewAccount) => (await consoleCall<{ account: CloudAccount }>('POST', '/api/accounts', body)).account;

export const updateAccount = async (id: string, change: AccountChange) =>
  (await consoleCall<{ account: CloudAccount }>('PATCH', `/api/accounts/${encodeURIComponent(id)}`, change)).account;

export const deleteAccount = (id: string) => consoleCall<void>('DELETE', `/api/accounts/${encodeURIComponent(id)}`);

/** Makes this account its provider's default (admins only; audited by the BFF). */
export const makeDefaultAccount = (account: Pick<CloudAccount, 'id' | 'provider'>) =>
  consoleCall<{ provider: CloudProvider; accountId: string }>('PUT', '/api/accounts/default', { provider: account.provider, accountId: account.id });

export const testAccount = (id: string) => consoleCall<TestResult>('POST', `/api/accounts/${encodeURIComponent(id)}/test`);

/** After a change: the list again; after a delete, also every cached cloud answer of that account. */
export function refreshAccounts(qc: QueryClient, goneId?: string) {
  if (goneId) qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'console' && q.queryKey[3] === goneId });
  return qc.invalidateQueries({ queryKey: ACCOUNTS_KEY });
}

/** The PATCH body of an edit: only what changed; an empty secret keeps the old one. */
export function accountChanges(
  before: Pick<CloudAccount, 'name' | 'accessKeyId' | 'endpointArea' | 'endpointUrl' | 'region'>,
  form: { name: string; accessKeyId: string; secret: string; endpointArea: EndpointArea; endpointUrl: string; region?: string },
): AccountChange {
  const change: AccountChange = {};
  if (form.name.trim() !== before.name) change.name = form.name.trim();
  if (form.accessKeyId.trim() !== before.accessKeyId) change.accessKeyId = form.accessKeyId.trim();
  if (form.secret) change.secret = form.secret;
  if (form.endpointArea !== before.endpointArea) change.endpointArea = form.endpointArea;
  const url = form.endpointArea === 'custom' ? form.endpointUrl.trim() : null;
  if (url !== before.endpointUrl) change.endpointUrl = url;
  const region = form.region?.trim() || null;
  if (form.region !== undefined && region !== (before.region ?? null)) change.region = region;
  return change;
}
