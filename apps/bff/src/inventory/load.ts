import { cdsCcs, type Instance, type Page } from '@console/api-types';
import { callCds } from '@console/cloud-client';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Dispatcher } from 'undici';
import type { SigningCredentials } from '../accounts/resolve';
import { withReadRetry } from '../actions/retry';
import { parseOutput } from '../actions/validate';
import { fetchAllPages } from './fetch-all';

/** DescribeInstances' largest page: the fewest calls for a whole account. */
export const INVENTORY_PAGE_SIZE = 100;

export interface LoaderOptions {
  upstreamTimeoutMs: number;
  /** Pages read at once (INVENTORY_CONCURRENCY). */
  concurrency: number;
  fetchImpl?: typeof fetch;
  dispatcher?: Dispatcher;
  log: Logger;
}

export type InstanceLoader = (creds: SigningCredentials) => Promise<Instance[]>;

/**
 * Reads every instance of an account: the same signed DescribeInstances the action route sends,
 * each page retried like any read and normalized by the catalog entry, so the inventory holds
 * exactly the Instance the browser knows.
 */
export function instanceLoader(opts: LoaderOptions): InstanceLoader {
  const def = cdsCcs.DescribeInstances;
  return async (creds) => {
    // One id for every page of a refresh, so its upstream calls can be found together in the logs.
    const requestId = `inventory-${randomUUID()}`;
    const started = Date.now();
    const items = await fetchAllPages(async (n) => {
      const input = { PageNumber: n, PageSize: INVENTORY_PAGE_SIZE };
      const raw = await withReadRetry('read', opts.upstreamTimeoutMs, (timeoutMs) => callCds(def, input, creds, { timeoutMs, requestId, fetchImpl: opts.fetchImpl, dispatcher: opts.dispatcher }), {
        onRetry: ({ attempt, delayMs }) => opts.log.warn({ requestId, page: n, attempt, delayMs }, 'inventory page retried'),
      });
      return parseOutput(def, raw.body, raw.upstreamRequestId) as Page<Instance>;
    }, opts.concurrency);
    opts.log.debug({ requestId, instances: items.length, ms: Date.now() - started }, 'inventory read');
    return items;
  };
}
