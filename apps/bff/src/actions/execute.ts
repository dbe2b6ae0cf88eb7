import { catalogKey, touchedResource, writeResources, type ActionDef } from '@console/api-types';
import { callCds, callMos, UpstreamError } from '@console/cloud-client';
import type { AccountResolver } from '../accounts/resolve';
import type { ReadCoalescer } from './coalesce';
import type { Logger } from 'pino';
import type { Dispatcher } from 'undici';
import type { AuditEntry, AuditLog } from '../audit/audit-log';
import { AUDIT_DEADLINE_MS, notSendable, recordWithin } from '../audit/deadline';
import { redactParams } from '../audit/redact';
import { HttpError } from '../http/api-error';
import { canRun, type ConsoleUser } from '../session/user';
import { withReadRetry } from './retry';
import { extractTaskIds } from './task-ids';
import { parseOutput, validateInput } from './validate';

export interface ActionContext {
  requestId: string;
  /** The cloud account the caller picked (?account=); the provider's first when absent. */
  accountId?: string;
  user: ConsoleUser;
  ip: string;
  log: Logger;
  /** Aborted once the caller's connection closed before its answer. */
  signal?: AbortSignal;
  /** Epoch ms past which a write is no longer sent (the request's arrival + UPSTREAM_TIMEOUT_MS). */
  deadlineAt?: number;
}

export interface ExecuteDeps {
  audit: AuditLog;
  resolveAccount: AccountResolver;
  upstreamTimeoutMs: number;
  fetchImpl?: typeof fetch;
  /** undici's pool for the cloud calls (cloud-client's `request` path) when no fetchImpl is given. */
  dispatcher?: Dispatcher;
  /** How long a write waits for its audit record (audit/deadline.ts); AUDIT_DEADLINE_MS by default. */
  auditDeadlineMs?: number;
  /** Identical reads in flight share one upstream call (actions/coalesce.ts). */
  reads?: ReadCoalescer;
  /** Told of every call that reached the cloud, answered or not (the inventory follows writes and tasks: inventory/store.ts). */
  afterCall?: (def: ActionDef, accountId: string, data: unknown) => void;
}

export interface ActionResult {
  data: unknown;
  taskIds?: string[];
  requestId: string;
}

/**
 * The one path every upstream call takes: authorize → validate → audit (before sending:
 * no record, no call) → sign and send → parse and normalize → audit the outcome.
 */
export async function executeAction(
  def: ActionDef,
  body: unknown,
  ctx: ActionContext,
  deps: ExecuteDeps,
): Promise<ActionResult> {
  const audited = def.kind !== 'read';
  const base: Omit<AuditEntry, 'outcome' | 'params'> = {
    time: new Date().toISOString(),
    requestId: ctx.requestId,
    user: ctx.user.username,
    ip: ctx.ip,
    provider: def.provider,
    product: def.product,
    action: def.action,
    region: regionOf(body),
    // What the write touches, by id and name from its input (resources.ts in the catalog).
    ...(audited ? { resource: touchedResource(catalogKey(def.provider, def.product, def.action), body) } : {}),
  };
  const record = async (entry: Partial<AuditEntry> & Pick<AuditEntry, 'outcome'>) => {
    if (!audited) return;
    await deps.audit.record({ ...base, params: redactParams(body), ...entry, time: new Date().toISOString() });
  };

  if (!canRun(ctx.user.role, def)) {
    await recordOutcome(record, ctx, { outcome: 'forbidden', code: 'Forbidden' });
    throw new HttpError(403, 'Forbidden', `The ${ctx.user.role} role may not run ${def.action} (${def.kind})`);
  }

  let input: Record<string, unknown>;
  try {
    input = validateInput(def, body);
  } catch (err) {
    await recordOutcome(record, ctx, { outcome: 'validation_error', code: 'ValidationError' });
    throw err;
  }

  let account: Awaited<ReturnType<AccountResolver>>;
  try {
    account = await deps.resolveAccount(def, ctx.accountId);
  } catch (err) {
    await recordOutcome(record, ctx, { outcome: 'validation_error', code: err instanceof HttpError ? err.code : 'InternalError' });
    throw err;
  }
  base.account = account.id;
  // Reads record nothing: no deadline timer for them (one per read was measurable).
  if (audited) {
    try {
      // Within the deadline or not at all: a write held up by a locked audit table is refused now
      // and never sent later, after its caller gave up (audit/deadline.ts).
      const deadlineMs = deps.auditDeadlineMs ?? Math.min(AUDIT_DEADLINE_MS, deps.upstreamTimeoutMs);
      await recordWithin(record({ outcome: 'pending' }), deadlineMs, () =>
        void recordOutcome(record, ctx, { outcome: 'error', code: 'AuditTimeout' }),
      );
    } catch (err) {
      ctx.log.error({ err, action: def.action }, 'audit log unavailable; call not sent');
      throw new HttpError(503, 'AuditUnavailable', 'The audit log cannot be written in time, so the action was not sent');
    }
  }
  // The caller may have gone while this write waited (behind the audit record, the account):
  // then it is recorded as not sent and never sent (audit/deadline.ts).
  const gone = audited ? notSendable(ctx) : undefined;
  if (gone) {
    ctx.log.warn({ action: def.action, code: gone.code }, 'write not sent: its caller is gone');
    await recordOutcome(record, ctx, { outcome: 'error', code: gone.code });
    throw new HttpError(gone.code === 'CallerGone' ? 499 : 504, gone.code, gone.message);
  }

  let taskIds: string[] = [];
  try {
    // Reads ride out transient faults inside UPSTREAM_TIMEOUT_MS; writes are sent once (retry.ts).
    const call = () =>
      withReadRetry(def.kind, deps.upstreamTimeoutMs, (timeoutMs) => send(def, input, ctx, deps, account.creds, timeoutMs), {
        onRetry: ({ attempt, delayMs, err }) =>
          ctx.log.warn({ action: def.action, attempt, delayMs, code: err instanceof UpstreamError ? err.code : undefined }, 'read retried'),
      });
    // The answer is checked and normalized inside the shared call: readers of one coalesced read
    // share one parse (the largest per-read cost after the call itself; nobody mutates `data`).
    const parsed = async () => {
      const raw = await call();
      // A read's answer is read by nothing but this check after the call: checked in place, not copied.
      return { raw, data: parseOutput(def, raw.body, raw.upstreamRequestId, def.kind === 'read') };
    };
    const { raw, data } = await (deps.reads ? deps.reads.run({ def, accountId: account.id, role: ctx.user.role, input }, parsed) : parsed());
    taskIds = extractTaskIds(def.task, raw.body);
    deps.afterCall?.(def, account.id, data);
    await recordOutcome(record, ctx, { outcome: 'success', taskIds, upstreamRequestId: raw.upstreamRequestId, ...touched(def, input, raw.body) });
    return { data, requestId: ctx.requestId, ...(def.task ? { taskIds } : {}) };
  } catch (err) {
    const code = err instanceof UpstreamError || err instanceof HttpError ? err.code : 'InternalError';
    const upstreamRequestId = err instanceof UpstreamError ? err.upstream.requestId : undefined;
    // A write that failed on the way back may still have been done: what follows it reads again.
    deps.afterCall?.(def, account.id, undefined);
    await recordOutcome(record, ctx, { outcome: 'upstream_error', code, upstreamRequestId });
    throw err;
  }
}

/** Nothing is sent on these paths, so an audit failure is logged loudly but does not hide the answer. */
async function recordOutcome(
  record: (e: Partial<AuditEntry> & Pick<AuditEntry, 'outcome'>) => Promise<void>,
  ctx: ActionContext,
  entry: Partial<AuditEntry> & Pick<AuditEntry, 'outcome'>,
) {
  try {
    await record(entry);
  } catch (err) {
    ctx.log.error({ err, entry }, 'audit outcome could not be written');
  }
}

async function send(
  def: ActionDef,
  input: Record<string, unknown>,
  ctx: ActionContext,
  deps: ExecuteDeps,
  creds: Awaited<ReturnType<AccountResolver>>['creds'],
  timeoutMs: number,
) {
  switch (def.provider) {
    case 'cds':
      return callCds(def, input, creds, {
        timeoutMs,
        requestId: ctx.requestId,
        fetchImpl: deps.fetchImpl,
        dispatcher: deps.dispatcher,
      });
    case 'mos':
      return callMos(def, input, creds, {
        timeoutMs,
        requestId: ctx.requestId,
        fetchImpl: deps.fetchImpl,
        dispatcher: deps.dispatcher,
        format: creds.format,
      });
    default:
      throw new HttpError(501, 'ProviderNotConfigured', `No ${String(def.provider).toUpperCase()} account is configured in this console`);
  }
}

/** A create's answer may name the new resource; a delete's success means it is gone. */
function touched(def: ActionDef, input: unknown, answer: unknown): Pick<AuditEntry, 'resource' | 'resourceGone'> {
  if (def.kind === 'read') return {};
  const key = catalogKey(def.provider, def.product, def.action);
  return { resource: touchedResource(key, input, answer), resourceGone: writeResources[key]?.deletes === true };
}

function regionOf(body: unknown): string | undefined {
  const r = body && typeof body === 'object' ? (body as Record<string, unknown>).RegionId : undefined;
  return typeof r === 'string' ? r : undefined;
}
