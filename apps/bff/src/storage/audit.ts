import type { AuditEntry, AuditLog } from '../audit/audit-log';
import { auditText, redactParams } from '../audit/redact';
import { type AuditViewFilters, toTime, viewSelect, viewWhere, type ViewRow } from './audit-view';
import { csvRow, UTF8_BOM } from './csv';
import type { Db } from './db';
import { type Page, paging } from './errors';
import { concurrencyLimit } from './limit';

/**
 * The audit log in the database (replaces the JSON-lines file). `record` resolves only once the
 * row is committed and rejects otherwise: the action path relies on that to not send a call it
 * could not record. Rows are only ever inserted; an outcome record names the 'pending' record it
 * ends, and reading joins them into one row per request (audit-view.ts).
 */
export interface AuditInput extends AuditEntry {
  /** Cloud account (id or name) the action ran under, when there is one. */
  account?: string;
}

/** One request as the log shows it: its first record, with the outcome it has now. */
export interface AuditRecord extends Omit<AuditInput, 'resource' | 'resourceGone'> {
  id: string;
  taskIds: string[];
  /** When the outcome was recorded (absent while pending, and for requests refused at once). */
  finishedAt?: string;
  /** `gone`: a later write through the console removed it. */
  resource?: { type: string; ids: string[]; name?: string; gone: boolean };
}

export type AuditFilters = AuditViewFilters;

/** A write that started cloud tasks, for the task centre (no address, no parameters). */
export interface AuditTaskRecord {
  requestId: string;
  provider: string;
  product: string;
  action: string;
  resource?: { type: string; ids: string[]; name?: string };
  user: string;
  startedAt: string;
  taskIds: string[];
}

export interface AuditTaskQuery {
  account: string;
  since: Date;
  /** Only this person's writes (any case); everyone's when absent. */
  user?: string;
  limit: number;
}

export interface AuditRepo extends AuditLog {
  record(entry: AuditInput): Promise<void>;
  /** One row per request, newest first, with the total matching count for paging. */
  list(query: AuditFilters & { page?: number; pageSize?: number }): Promise<Page<AuditRecord>>;
  /** The matching requests as CSV, newest first, read in batches so a long log is never held in memory. */
  exportCsv(filters: AuditFilters, options?: { batchSize?: number; bom?: boolean }): AsyncIterable<string>;
  /** Writes on an account that returned task ids since a time, newest first. */
  tasks(query: AuditTaskQuery): Promise<AuditTaskRecord[]>;
}

/** Bigger parameter blobs are replaced by a note; the audit row matters more than its payload. */
export const MAX_PARAMS_JSON = 64 * 1024;

export const CSV_COLUMNS = [
  'id', 'time', 'finished', 'user', 'ip', 'account', 'provider', 'product', 'action', 'resource_type', 'resource_ids',
  'resource_name', 'region', 'outcome', 'code', 'task_ids', 'request_id', 'upstream_request_id', 'params',
] as const;

function toRecord(r: ViewRow): AuditRecord {
  const rec: AuditRecord = {
    id: r.id,
    time: r.time.toISOString(),
    requestId: r.request_id,
    user: r.username,
    ip: r.ip,
    provider: r.provider,
    product: r.product,
    action: r.action,
    params: r.params,
    outcome: r.outcome,
    taskIds: r.task_ids,
  };
  // Optional fields stay absent rather than null, as in AuditEntry.
  if (r.account !== null) rec.account = r.account;
  if (r.region !== null) rec.region = r.region;
  if (r.code !== null) rec.code = r.code;
  if (r.upstream_request_id !== null) rec.upstreamRequestId = r.upstream_request_id;
  if (r.finished !== null) rec.finishedAt = r.finished.toISOString();
  if (r.resource_type !== null) {
    rec.resource = { type: r.resource_type, ids: r.resource_ids, gone: r.gone };
    if (r.resource_name !== null) rec.resource.name = r.resource_name;
  }
  return rec;
}

/** Every text column escaped and bounded: a record must never fail on what a caller typed. */
const safe = (v: string) => auditText(v, 256);
const safeOrNull = (v: string | undefined) => (v === undefined || v === null ? null : safe(v));

function paramsJson(params: unknown): string {
  // Redacted again here: whoever calls record, no password or secret reaches the table.
  const json = JSON.stringify(redactParams(params ?? null)) ?? 'null';
  return json.length > MAX_PARAMS_JSON ? JSON.stringify({ truncated: true, bytes: json.length }) : json;
}

/** The 'pending' record an outcome ends: the latest of its request, person and action not yet ended. */
const OUTCOME_OF = `(SELECT p.id FROM audit_log p
   WHERE $11::text <> 'pending' AND p.request_id = $2 AND p.username = $3 AND p.action = $8 AND p.outcome = 'pending'
     AND NOT EXISTS (SELECT 1 FROM audit_log q WHERE q.outcome_of = p.id)
   ORDER BY p.id DESC LIMIT 1)`;

async function insertRow(db: Db, entry: AuditInput): Promise<void> {
  const resource = entry.resource;
  await db.query(
    `INSERT INTO audit_log (time, request_id, username, ip, account, provider, product, action, region,
                            params, outcome, code, task_ids, upstream_request_id,
                            resource_type, resource_ids, resource_name, resource_gone, outcome_of)
     VALUES ($1::timestamptz, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13::text[], $14,
             $15, $16::text[], $17, $18, ${OUTCOME_OF})`,
    [
      entry.time ? toTime(entry.time, 'time') : new Date(),
      safe(entry.requestId),
      safe(entry.user),
      safe(entry.ip),
      safeOrNull(entry.account),
      safe(entry.provider),
      safe(entry.product),
      safe(entry.action),
      safeOrNull(entry.region),
      paramsJson(entry.params),
      entry.outcome,
      safeOrNull(entry.code),
      (entry.taskIds ?? []).map((t) => safe(t)),
      safeOrNull(entry.upstreamRequestId),
      resource ? safe(resource.type) : null,
      (resource?.ids ?? []).slice(0, 100).map((t) => safe(t)),
      safeOrNull(resource?.name),
      entry.resourceGone === true && !!resource?.ids.length,
    ],
  );
}

/** The most task records one answer carries. */
export const MAX_TASKS = 500;

interface TaskRow {
  request_id: string;
  provider: string;
  product: string;
  action: string;
  username: string;
  time: Date;
  task_ids: string[];
  resource_type: string | null;
  resource_ids: string[];
  resource_name: string | null;
}

/** How long an audit insert waits for a lock on its table before it fails (and frees its connection). */
export const AUDIT_LOCK_TIMEOUT_MS = 5_000;

/** Audit inserts that may hold a pool connection at once (the pool has 10 by default). */
export const AUDIT_MAX_CONCURRENT_INSERTS = 3;

export function createAuditRepo(db: Db, options: { lockTimeoutMs?: number; maxConcurrentInserts?: number } = {}): AuditRepo {
  const lockTimeout = Math.max(1, Math.floor(options.lockTimeoutMs ?? AUDIT_LOCK_TIMEOUT_MS));
  const limited = concurrencyLimit(options.maxConcurrentInserts ?? AUDIT_MAX_CONCURRENT_INSERTS);
  return {
    async record(entry) {
      // One stuck (locked) audit table must not hold pool connections past the caller's deadline:
      // the insert gives up after lockTimeout, in its own transaction so the setting stays local;
      // and only a few inserts wait at once, so the rest of the pool stays free for everything else.
      await limited(() =>
        db.transaction(async (tx) => {
          await tx.exec(`SET LOCAL lock_timeout = ${lockTimeout}`);
          await insertRow(tx, entry);
        }),
      );
    },

    async list(query) {
      const { page, pageSize, offset } = paging(query.page, query.pageSize);
      const w = viewWhere(query);
      const n = w.params.length;
      const [items, total] = await Promise.all([
        db.query<ViewRow>(viewSelect(w.sql, `ORDER BY s.time DESC, s.id DESC LIMIT $${n + 1} OFFSET $${n + 2}`) + ' ORDER BY v.time DESC, v.id DESC', [
          ...w.params,
          pageSize,
          offset,
        ]),
        db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${w.from} ${w.sql}`, w.params),
      ]);
      return { items: items.rows.map(toRecord), total: total.rows[0]!.n, page, pageSize };
    },

    async *exportCsv(filters, options = {}) {
      const batch = Math.min(Math.max(options.batchSize ?? 1000, 1), 10_000);
      const w = viewWhere(filters);
      const n = w.params.length;
      yield (options.bom === false ? '' : UTF8_BOM) + CSV_COLUMNS.join(',') + '\r\n';
      // Keyset paging on (time, id): stable while new rows arrive, unlike OFFSET. The cursor row's
      // time is read in SQL, so timestamp precision never goes through a JS Date.
      let after: string | null = null;
      for (;;) {
        const keyset: string = after === null ? '' : `AND (s.time, s.id) < (SELECT time, id FROM audit_log WHERE id = $${n + 2}::bigint)`;
        const { rows }: { rows: ViewRow[] } = await db.query<ViewRow>(
          viewSelect(`${w.sql} ${keyset}`, `ORDER BY s.time DESC, s.id DESC LIMIT $${n + 1}`) + ' ORDER BY v.time DESC, v.id DESC',
          after === null ? [...w.params, batch] : [...w.params, batch, after],
        );
        for (const r of rows) {
          yield csvRow([
            r.id, r.time, r.finished, r.username, r.ip, r.account, r.provider, r.product, r.action, r.resource_type,
            r.resource_ids.join(' '), r.resource_name, r.region, r.outcome, r.code, r.task_ids.join(' '), r.request_id,
            r.upstream_request_id, r.params,
          ]);
        }
        if (rows.length < batch) return;
        after = rows[rows.length - 1]!.id;
      }
    },

    async tasks({ account, since, user, limit }) {
      const params: unknown[] = [account, since, Math.min(Math.max(Math.floor(limit), 1), MAX_TASKS)];
      if (user) params.push(user);
      const { rows } = await db.query<TaskRow>(
        `SELECT s.request_id, s.provider, s.product, s.action, s.username, s.time, o.task_ids,
                coalesce(o.resource_type, s.resource_type) AS resource_type,
                CASE WHEN cardinality(o.resource_ids) > 0 THEN o.resource_ids ELSE s.resource_ids END AS resource_ids,
                coalesce(o.resource_name, s.resource_name) AS resource_name
           FROM audit_log o JOIN audit_log s ON s.id = o.outcome_of
          WHERE o.account = $1 AND cardinality(o.task_ids) > 0 AND o.time >= $2::timestamptz AND s.time >= $2::timestamptz
                ${user ? 'AND lower(s.username) = lower($4)' : ''}
          ORDER BY s.time DESC, s.id DESC LIMIT $3`,
        params,
      );
      return rows.map((r) => ({
        requestId: r.request_id,
        provider: r.provider,
        product: r.product,
        action: r.action,
        ...(r.resource_type !== null
          ? { resource: { type: r.resource_type, ids: r.resource_ids, ...(r.resource_name !== null ? { name: r.resource_name } : {}) } }
          : {}),
        user: r.username,
        startedAt: r.time.toISOString(),
        taskIds: r.task_ids,
      }));
    },
  };
}
