/** The audit log's filters and page, all in the URL: ?user=&action=&resource=&outcome=&range=&from=&to=&page=&size=. */

export const OUTCOMES = ['pending', 'success', 'upstream_error', 'validation_error', 'forbidden', 'denied', 'error'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Relative ranges count back from the moment of each fetch; 'custom' uses from–to. No range: any time. */
export const RANGES = ['1h', '24h', '7d', 'custom'] as const;
export type Range = (typeof RANGES)[number];
const RANGE_MS: Record<Exclude<Range, 'custom'>, number> = { '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000 };

export const AUDIT_PAGE_SIZES = [20, 50, 100] as const;
export type AuditPageSize = (typeof AUDIT_PAGE_SIZES)[number];
export const DEFAULT_AUDIT_SIZE: AuditPageSize = 50;

export interface AuditState {
  user?: string;
  action?: string;
  /** A resource id (exact) or part of its name. */
  resource?: string;
  outcome?: Outcome;
  range?: Range;
  /** Local date-time as the picker writes it ("2026-03-01T09:30"), only with range=custom. */
  from?: string;
  to?: string;
  page: number;
  size: AuditPageSize;
}

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const text = (v: string | null, max: number) => v?.trim().slice(0, max) || undefined;
const localTime = (v: string | null) => (v && LOCAL_TIME.test(v) && !Number.isNaN(new Date(v).getTime()) ? v : undefined);

export function parseAuditState(params: URLSearchParams): AuditState {
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  const outcome = params.get('outcome');
  const range = params.get('range');
  const state: AuditState = {
    user: text(params.get('user'), 64),
    action: text(params.get('action'), 64),
    resource: text(params.get('resource'), 128),
    outcome: (OUTCOMES as readonly string[]).includes(outcome ?? '') ? (outcome as Outcome) : undefined,
    range: (RANGES as readonly string[]).includes(range ?? '') ? (range as Range) : undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: (AUDIT_PAGE_SIZES as readonly number[]).includes(size) ? (size as AuditPageSize) : DEFAULT_AUDIT_SIZE,
  };
  if (state.range === 'custom') {
    state.from = localTime(params.get('from'));
    state.to = localTime(params.get('to'));
  }
  return state;
}

/** Defaults left out, a stable order, so links stay short and comparable. */
export function serializeAuditState(s: AuditState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.user) p.set('user', s.user);
  if (s.action) p.set('action', s.action);
  if (s.resource) p.set('resource', s.resource);
  if (s.outcome) p.set('outcome', s.outcome);
  if (s.range) p.set('range', s.range);
  if (s.range === 'custom' && s.from) p.set('from', s.from);
  if (s.range === 'custom' && s.to) p.set('to', s.to);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.size !== DEFAULT_AUDIT_SIZE) p.set('size', String(s.size));
  return p;
}

/** A filter change goes back to page 1. */
export const withAuditFilter = (s: AuditState, change: Partial<Omit<AuditState, 'page' | 'size'>>): AuditState => ({ ...s, ...change, page: 1 });

/** A custom range whose end is not after its start matches nothing: the form says so instead of asking. */
export const rangeInverted = (s: AuditState) => s.range === 'custom' && !!s.from && !!s.to && new Date(s.to).getTime() <= new Date(s.from).getTime();

/** The time bounds as ISO date-times for the API, relative ranges counted back from `now`. */
export function timeBounds(s: AuditState, now: number): { from?: string; to?: string } {
  if (!s.range) return {};
  if (s.range === 'custom') {
    return {
      ...(s.from ? { from: new Date(s.from).toISOString() } : {}),
      ...(s.to ? { to: new Date(s.to).toISOString() } : {}),
    };
  }
  return { from: new Date(now - RANGE_MS[s.range]).toISOString() };
}

/** The filters as the BFF reads them (GET /api/audit and /api/audit.csv); paging only for the list. */
export function auditApiParams(s: AuditState, now: number, withPaging = true): URLSearchParams {
  const p = new URLSearchParams();
  if (s.user) p.set('user', s.user);
  if (s.action) p.set('action', s.action);
  if (s.resource) p.set('resource', s.resource);
  if (s.outcome) p.set('outcome', s.outcome);
  const { from, to } = timeBounds(s, now);
  if (from) p.set('from', from);
  if (to) p.set('to', to);
  if (withPaging) {
    p.set('page', String(s.page));
    p.set('pageSize', String(s.size));
  }
  return p;
}

/** Any filter set (the empty state then says "nothing matches" rather than "nothing yet"). */
export const auditFiltered = (s: AuditState) => !!(s.user || s.action || s.resource || s.outcome || s.range);

/** While a request on the page still waits for its outcome, the list looks again soon. */
export const AUDIT_REFRESH_MS = { idle: 30_000, pending: 3_000 } as const;
export const auditRefreshMs = (outcomes: readonly string[] | undefined) =>
  outcomes?.includes('pending') ? AUDIT_REFRESH_MS.pending : AUDIT_REFRESH_MS.idle;

/** The message key of the console's words for an action (audit.act.*), whether or not it has any. */
export const actionLabelKey = (e: { provider: string; product: string; action: string }) =>
  e.provider === 'console' ? `audit.act.console/${e.action}` : `audit.act.${e.provider}/${e.product}/${e.action}`;
