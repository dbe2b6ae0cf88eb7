import { queryOptions } from '@tanstack/react-query';
import { bffDownload, consoleCall } from '../../api/client';
import { auditApiParams, type AuditState, type Outcome } from './audit-state';
import type { RowResource } from './resource-links';

/** One request as GET /api/audit lists it (its records joined: the outcome it has now). */
export interface AuditEntry {
  id: string;
  time: string;
  requestId: string;
  user: string;
  ip: string;
  account?: string | null;
  provider: string;
  product: string;
  action: string;
  region?: string | null;
  params: unknown;
  outcome: Outcome | string;
  code?: string | null;
  taskIds: string[];
  upstreamRequestId?: string | null;
  /** When the outcome was recorded; absent while pending. */
  finishedAt?: string;
  /** What the write touched; `gone` once a later write through the console removed it. */
  resource?: RowResource;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

export const AUDIT_KEY = ['console', 'audit'] as const;

/** The key holds the filters as written (a relative range is counted back at each fetch, not in the key). */
export const auditQuery = (s: AuditState) =>
  queryOptions({
    queryKey: [...AUDIT_KEY, s],
    queryFn: ({ signal }) => consoleCall<AuditPage>('GET', `/api/audit?${auditApiParams(s, Date.now())}`, undefined, { signal }),
  });

/** Fetches the CSV of the filtered log (admins) with the CSRF header and saves it through a Blob link. */
export async function exportAuditCsv(s: AuditState) {
  const { blob, filename } = await bffDownload(`/api/audit.csv?${auditApiParams(s, Date.now(), false)}`);
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = filename ?? `audit-${new Date().toISOString().slice(0, 10)}.csv`;
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    // Give the browser a moment to start the download before the object URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
