import { queryOptions } from '@tanstack/react-query';
import { consoleCall } from './client';

export type CloudProvider = 'cds' | 'mos';
export const ENDPOINT_AREAS = ['mainland', 'asia-pacific', 'americas-europe', 'custom'] as const;
export type EndpointArea = (typeof ENDPOINT_AREAS)[number];

/** A cloud account as the BFF lists it: the secret never comes back, only its hint. */
export interface CloudAccount {
  id: string;
  provider: CloudProvider;
  name: string;
  accessKeyId: string;
  /** `****abcd`: the last characters of the secret. */
  secretHint: string;
  endpointArea: EndpointArea;
  /** Set exactly when endpointArea is 'custom' (always for MOS: one URL per region). */
  endpointUrl: string | null;
  /** MOS only: the region sent with each call. */
  region?: string | null;
  createdBy: string | null;
  /** This provider's default: what a call naming no account, and a person who picked none, uses. */
  isDefault?: boolean;
  createdAt: string;
  updatedAt: string;
}

export const ACCOUNTS_KEY = ['console', 'accounts'] as const;

/** Every cloud account (everyone signed in may list them). */
export const accountsQuery = queryOptions({
  queryKey: ACCOUNTS_KEY,
  queryFn: async ({ signal }) => (await consoleCall<{ items: CloudAccount[] }>('GET', '/api/accounts', undefined, { signal })).items,
  staleTime: 60_000,
});
