import { consoleCall } from '../api/client';
import type { TrackInput } from './tracked';

/** One write with TaskIds, as `GET /api/audit/tasks` answers it (admins: everyone's; others: their own). */
export interface AuditTaskItem {
  requestId: string;
  provider: string;
  product: string;
  action: string;
  resource?: { id?: string; name?: string };
  user: string;
  startedAt: string;
  taskIds: string[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStr = (v: unknown): v is string => typeof v === 'string';
const optStr = (v: unknown) => v === undefined || v === null || isStr(v);

/** Checks the answer by hand (the shell's chunk carries no zod); an item that is not one is left out. */
export function parseAuditTasks(body: unknown): AuditTaskItem[] {
  if (!isObj(body) || !Array.isArray(body.items)) throw new Error('The audit log answered something that is not a task list.');
  return body.items.filter(
    (i): i is AuditTaskItem =>
      isObj(i) &&
      isStr(i.requestId) &&
      isStr(i.provider) &&
      isStr(i.product) &&
      isStr(i.action) &&
      isStr(i.user) &&
      isStr(i.startedAt) &&
      Array.isArray(i.taskIds) &&
      i.taskIds.every(isStr) &&
      (i.resource === undefined || i.resource === null || (isObj(i.resource) && optStr(i.resource.id) && optStr(i.resource.name))),
  );
}

/** How far back the log is read: a cloud task running longer than this is not expected. */
export const AUDIT_TASKS_WINDOW_MS = 6 * 3600_000;

export async function fetchAuditTasks(account: string, now = Date.now(), signal?: AbortSignal): Promise<AuditTaskItem[]> {
  const since = new Date(now - AUDIT_TASKS_WINDOW_MS).toISOString();
  const body = await consoleCall<unknown>('GET', `/api/audit/tasks?account=${encodeURIComponent(account)}&since=${encodeURIComponent(since)}`, undefined, { signal });
  return parseAuditTasks(body);
}

/**
 * The tracker's input for each TaskId of the log's items, newest first (the tracker skips those
 * it already has). A TaskId two writes name (an upstream that numbered its tasks again) is the
 * newest one's: DescribeTask can only answer for that one.
 */
export function auditTaskInputs(items: readonly AuditTaskItem[], account: string): TrackInput[] {
  const seen = new Set<string>();
  const newest = (taskId: string) => {
    if (seen.has(taskId)) return false;
    seen.add(taskId);
    return true;
  };
  const newestFirst = [...items].sort((a, b) => (Date.parse(b.startedAt) || 0) - (Date.parse(a.startedAt) || 0));
  return newestFirst.flatMap((i) =>
    i.taskIds.filter(newest).map((taskId) => ({
      taskId,
      label: i.action,
      action: `${i.provider}/${i.product}/${i.action}`,
      resource: i.resource?.name || i.resource?.id || undefined,
      resourceId: i.resource?.id || undefined,
      requestId: i.requestId,
      provider: i.provider,
      account,
      user: i.user,
      source: 'audit' as const,
      startedAt: Date.parse(i.startedAt) || undefined,
    })),
  );
}
