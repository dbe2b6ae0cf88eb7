import type { Request } from 'express';
import { HttpError } from '../http/api-error';
import type { AuditEntry, AuditLog } from './audit-log';
import { AUDIT_DEADLINE_MS, recordWithin } from './deadline';
import { redactParams } from './redact';

/**
 * Runs a console change (people, cloud accounts) between two audit records: 'pending' before
 * (if that cannot be written, nothing changes) and the outcome after.
 */
export async function audited<T>(
  audit: AuditLog,
  req: Request,
  what: { product: string; action: string; params: unknown },
  change: () => Promise<T>,
): Promise<T> {
  const entry = (outcome: AuditEntry['outcome'], code?: string): AuditEntry => ({
    time: new Date().toISOString(),
    requestId: req.requestId,
    user: req.user?.username ?? '',
    ip: req.ip ?? '',
    provider: 'console',
    product: what.product,
    action: what.action,
    params: redactParams(what.params),
    outcome,
    ...(code ? { code } : {}),
  });
  try {
    // As for cloud writes: the change happens within the audit deadline or not at all.
    await recordWithin(audit.record(entry('pending')), AUDIT_DEADLINE_MS, () => void audit.record(entry('error', 'AuditTimeout')).catch(() => undefined));
  } catch {
    throw new HttpError(503, 'AuditUnavailable', 'The audit log cannot be written in time, so nothing was changed');
  }
  try {
    const result = await change();
    await audit.record(entry('success')).catch((err) => req.log?.error({ err }, 'audit outcome not written'));
    return result;
  } catch (err) {
    const code = err instanceof HttpError ? err.code : 'InternalError';
    await audit.record(entry('error', code)).catch((e) => req.log?.error({ err: e }, 'audit outcome not written'));
    throw err;
  }
}
