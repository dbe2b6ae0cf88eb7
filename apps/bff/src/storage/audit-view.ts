import type { AuditOutcome } from '../audit/audit-log';

/**
 * The audit log as people read it: one row per request. A request's first record (its 'pending'
 * record, or the only record of a request refused before it was sent) is the row; the latest
 * record that names it in outcome_of gives the row its outcome as it arrives. Filters, paging and
 * the CSV export all read this view, so they agree with the screen.
 */

export interface AuditViewFilters {
  /** Exact username, any case. */
  user?: string;
  action?: string;
  /** The request's outcome now (a pending request that ended is no longer pending). */
  outcome?: AuditOutcome | (string & {});
  provider?: string;
  requestId?: string;
  /** A resource id (exact) or part of its name (any case). */
  resource?: string;
  /** Inclusive lower bound on when the request started. */
  from?: Date | string;
  /** Exclusive upper bound. */
  to?: Date | string;
}

export interface ViewRow {
  id: string;
  time: Date;
  finished: Date | null;
  request_id: string;
  username: string;
  ip: string;
  account: string | null;
  provider: string;
  product: string;
  action: string;
  region: string | null;
  params: unknown;
  outcome: AuditOutcome;
  code: string | null;
  task_ids: string[];
  upstream_request_id: string | null;
  resource_type: string | null;
  resource_ids: string[];
  resource_name: string | null;
  gone: boolean;
}

/** s: the request's first record; o: its latest outcome record, if any. */
export const VIEW_FROM = `audit_log s
  LEFT JOIN LATERAL (SELECT * FROM audit_log x WHERE x.outcome_of = s.id ORDER BY x.id DESC LIMIT 1) o ON true`;

const VIEW_COLUMNS = `s.id::text AS id, s.time, o.time AS finished, s.request_id, s.username, s.ip,
  coalesce(o.account, s.account) AS account, s.provider, s.product, s.action, s.region, s.params,
  coalesce(o.outcome, s.outcome) AS outcome,
  CASE WHEN o.id IS NULL THEN s.code ELSE o.code END AS code,
  CASE WHEN o.id IS NULL THEN s.task_ids ELSE o.task_ids END AS task_ids,
  coalesce(o.upstream_request_id, s.upstream_request_id) AS upstream_request_id,
  coalesce(o.resource_type, s.resource_type) AS resource_type,
  CASE WHEN cardinality(o.resource_ids) > 0 THEN o.resource_ids ELSE s.resource_ids END AS resource_ids,
  coalesce(o.resource_name, s.resource_name) AS resource_name`;

/**
 * The view's rows for a WHERE clause and its ORDER/LIMIT tail. `gone` (a later successful write
 * removed the resource) is worked out for the page's rows only, after the limit.
 */
export function viewSelect(whereSql: string, tail: string): string {
  return `SELECT v.*, (v.resource_type IS NOT NULL AND cardinality(v.resource_ids) > 0 AND EXISTS (
      SELECT 1 FROM audit_log d
       WHERE d.resource_gone AND d.resource_type = v.resource_type AND d.resource_ids && v.resource_ids)) AS gone
    FROM (SELECT ${VIEW_COLUMNS} FROM ${VIEW_FROM} ${whereSql} ${tail}) v`;
}

export function toTime(v: Date | string, name: string): Date {
  const d = v instanceof Date ? v : new Date(v);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Audit filter "${name}" is not a valid time: ${String(v)}`);
  return d;
}

/**
 * WHERE clause (always present: only requests' first records) and its parameters from $1.
 * `from`: what it reads; the outcome join only when a filter needs it (a count of a long log
 * should not look up every request's outcome).
 */
export function viewWhere(f: AuditViewFilters): { sql: string; params: unknown[]; from: string } {
  const params: unknown[] = [];
  const parts: string[] = ['s.outcome_of IS NULL'];
  const add = (cond: (n: string) => string, value: unknown) => {
    params.push(value);
    parts.push(cond(`$${params.length}`));
  };
  if (f.user) add((n) => `lower(s.username) = lower(${n})`, f.user);
  if (f.action) add((n) => `s.action = ${n}`, f.action);
  if (f.outcome) add((n) => `coalesce(o.outcome, s.outcome) = ${n}`, f.outcome);
  if (f.provider) add((n) => `s.provider = ${n}`, f.provider);
  if (f.requestId) add((n) => `s.request_id = ${n}`, f.requestId);
  if (f.resource) {
    add(
      (n) =>
        `(s.resource_ids @> ARRAY[${n}::text] OR o.resource_ids @> ARRAY[${n}::text]` +
        ` OR strpos(lower(coalesce(o.resource_name, s.resource_name, '')), lower(${n}::text)) > 0)`,
      f.resource,
    );
  }
  if (f.from) add((n) => `s.time >= ${n}::timestamptz`, toTime(f.from, 'from'));
  if (f.to) add((n) => `s.time < ${n}::timestamptz`, toTime(f.to, 'to'));
  return { sql: `WHERE ${parts.join(' AND ')}`, params, from: f.outcome || f.resource ? VIEW_FROM : 'audit_log s' };
}
