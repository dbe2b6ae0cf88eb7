import type { AuditEntry, AuditLog, AuditOutcome } from '../audit/audit-log';
import { auditText, redactParams } from '../audit/redact';
import { csvRow, UTF8_BOM } from './csv';
import type { Db } from './db';
import { type Page, paging } from './errors';

/**
 * The audit log in the database (replaces the JSON-lines file). `record` resolves only once the
 * row is committed and rejects otherwise: the action path relies on that to not send a call it
 * could not record. Rows are only ever inserted.
 */
export interface AuditInput extends AuditEntry {
  /** Cloud account (id or name) the action ran under, when there is one. */
  account?: string;
}

export interface AuditRecord extends AuditInput {
  id: string;
  taskIds: string[];
}

export interface AuditFilters {
  /** Exact username, any case. */
  user?: string;
  action?: string;
  outcome?: AuditOutcome | (string & {});
  provider?: string;
  requestId?: string;
  /** Inclusive lower bound. */
  from?: Date | string;
  /** Exclusive upper bound. */
  to?: Date | string;
}

export interface AuditRepo extends AuditLog {
  record(entry: AuditInput): Promise<void>;
  /** Newest first, with the total matching count for paging. */
  list(query: AuditFilters & { page?: number; pageSize?: number }): Promise<Page<AuditRecord>>;
  /** The matching records as CSV, newest first, read in batches so a long log is never held in memory. */
  exportCsv(filters: AuditFilters, options?: { batchSize?: number; bom?: boolean }): AsyncIterable<string>;
}

/** Bigger parameter blobs are replaced by a note; the audit row matters more than its payload. */
export const MAX_PARAMS_JSON = 64 * 1024;

export const CSV_COLUMNS = [
  'id', 'time', 'user', 'ip', 'account', 'provider', 'product', 'action', 'region', 'outcome', 'code',
  'task_ids', 'request_id', 'upstream_request_id', 'params',
] as const;

interface Row {
  id: string;
  time: Date;
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
}

const COLUMNS =
  'id::text, time, request_id, username, ip, account, provider, product, action, region, params, outcome, code, task_ids, upstream_request_id';

function toRecord(r: Row): AuditRecord {
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

/** WHERE clause and parameters for the filters; parameters start at $1. */
function where(f: AuditFilters): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const parts: string[] = [];
  const add = (cond: (n: string) => string, value: unknown) => {
    params.push(value);
    parts.push(cond(`$${params.length}`));
  };
  if (f.user) add((n) => `lower(username) = lower(${n})`, f.user);
  if (f.action) add((n) => `action = ${n}`, f.action);
  if (f.outcome) add((n) => `outcome = ${n}`, f.outcome);
  if (f.provider) add((n) => `provider = ${n}`, f.provider);
  if (f.requestId) add((n) => `request_id = ${n}`, f.requestId);
  if (f.from) add((n) => `time >= ${n}::timestamptz`, toTime(f.from, 'from'));
  if (f.to) add((n) => `time < ${n}::timestamptz`, toTime(f.to, 'to'));
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function toTime(v: Date | string, name: string): Date {
  const d = v instanceof Date ? v : new Date(v);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Audit filter "${name}" is not a valid time: ${String(v)}`);
  return d;
}

async function insertRow(db: Db, entry: AuditInput): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (time, request_id, username, ip, account, provider, product, action, region,
                            params, outcome, code, task_ids, upstream_request_id)
     VALUES ($1::timestamptz, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13::text[], $14)`,
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
    ],
  );
}

/** How long an audit insert waits for a lock on its table before it fails (and frees its connection). */
export const AUDIT_LOCK_TIMEOUT_MS = 5_000;

export function createAuditRepo(db: Db, options: { lockTimeoutMs?: number } = {}): AuditRepo {
  const lockTimeout = Math.max(1, Math.floor(options.lockTimeoutMs ?? AUDIT_LOCK_TIMEOUT_MS));
  return {
    async record(entry) {
      // One stuck (locked) audit table must not hold pool connections past the caller's deadline:
      // the insert gives up after lockTimeout, in its own transaction so the setting stays local.
      await db.transaction(async (tx) => {
        await tx.exec(`SET LOCAL lock_timeout = ${lockTimeout}`);
        await insertRow(tx, entry);
      });
    },

    async list(query) {
      const { page, pageSize, offset } = paging(query.page, query.pageSize);
      const w = where(query);
      const n = w.params.length;
      const [items, total] = await Promise.all([
        db.query<Row>(`SELECT ${COLUMNS} FROM audit_log ${w.sql} ORDER BY time DESC, id DESC LIMIT $${n + 1} OFFSET $${n + 2}`, [
          ...w.params,
          pageSize,
          offset,
        ]),
        db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log ${w.sql}`, w.params),
      ]);
      return { items: items.rows.map(toRecord), total: total.rows[0]!.n, page, pageSize };
    },

    async *exportCsv(filters, options = {}) {
      const batch = Math.min(Math.max(options.batchSize ?? 1000, 1), 10_000);
      const w = where(filters);
      const n = w.params.length;
      yield (options.bom === false ? '' : UTF8_BOM) + CSV_COLUMNS.join(',') + '\r\n';
      // Keyset paging on (time, id): stable while new rows arrive, unlike OFFSET. The cursor row's
      // time is read in SQL, so timestamp precision never goes through a JS Date.
      let after: string | null = null;
      for (;;) {
        const keyset: string = after === null ? '' : `${w.sql ? 'AND' : 'WHERE'} (time, id) < (SELECT time, id FROM audit_log WHERE id = $${n + 2}::bigint)`;
        const { rows }: { rows: Row[] } = await db.query<Row>(
          `SELECT ${COLUMNS} FROM audit_log ${w.sql} ${keyset} ORDER BY time DESC, id DESC LIMIT $${n + 1}`,
          after === null ? [...w.params, batch] : [...w.params, batch, after],
        );
        for (const r of rows) {
          yield csvRow([
            r.id, r.time, r.username, r.ip, r.account, r.provider, r.product, r.action, r.region, r.outcome, r.code,
            r.task_ids.join(' '), r.request_id, r.upstream_request_id, r.params,
          ]);
        }
        if (rows.length < batch) return;
        after = rows[rows.length - 1]!.id;
      }
    },
  };
}
