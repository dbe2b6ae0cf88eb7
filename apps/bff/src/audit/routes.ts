import { Router, type Request } from 'express';
import { z } from 'zod';
import { pageNumber, parseQuery, queryText, queryTime } from '../http/parse-query';
import { requireAdmin, type ConsoleUser } from '../session/user';
import { MAX_TASKS, type AuditFilters, type AuditRecord, type AuditRepo } from '../storage';

const filters = z.object({
  user: queryText(64).optional(),
  action: queryText(64).optional(),
  outcome: z.enum(['pending', 'success', 'upstream_error', 'validation_error', 'forbidden', 'denied', 'error']).optional(),
  provider: queryText(16).optional(),
  requestId: queryText(64).optional(),
  resource: queryText(128).optional(),
  from: queryTime('from').optional(),
  to: queryTime('to').optional(),
  page: pageNumber().default(1),
  pageSize: pageNumber(200).default(50),
});

const readFilters = (req: Request) => parseQuery(filters, req.query);

/** The task centre's look back: 24 hours unless asked, never more than a week. */
export const TASKS_DEFAULT_MS = 24 * 3_600_000;
export const TASKS_MAX_MS = 7 * 24 * 3_600_000;
const taskQuery = z.object({
  account: queryText(128).min(1, 'is required'),
  since: queryTime('since').optional(),
});

/**
 * Admins read every record. Everyone else reads their own actions only (whatever `user` they ask
 * for), and a failed sign-in under their name without its address: someone else may have typed it.
 */
function visibleTo(user: ConsoleUser) {
  if (user.role === 'admin') return { filters: <T>(f: T) => f, row: (r: AuditRecord) => r };
  return {
    filters: <T>(f: T) => ({ ...f, user: user.username }),
    row: (r: AuditRecord) => (r.action === 'Login' && r.outcome === 'denied' ? { ...r, ip: '' } : r),
  };
}

/** The audit screen's list and the task centre's writes (everyone signed in, by role: visibleTo); CSV export (admins). */
export function auditRouter(audit: AuditRepo): Router {
  const r = Router();
  r.get('/audit', async (req, res) => {
    const view = visibleTo(req.user!);
    const page = await audit.list(view.filters(readFilters(req)));
    res.json({ ...page, items: page.items.map(view.row) });
  });
  // The task centre: writes on an account that started cloud tasks (no address, no parameters).
  r.get('/audit/tasks', async (req, res) => {
    const q = parseQuery(taskQuery, req.query);
    const now = Date.now();
    const since = new Date(Math.max(q.since ? Date.parse(q.since) : now - TASKS_DEFAULT_MS, now - TASKS_MAX_MS));
    const user = req.user!.role === 'admin' ? undefined : req.user!.username;
    const items = await audit.tasks({ account: q.account, since, user, limit: MAX_TASKS });
    res.json({
      since: since.toISOString(),
      items: items.map(({ resource, ...t }) => ({
        ...t,
        ...(resource
          ? { resource: { type: resource.type, ids: resource.ids, ...(resource.ids.length === 1 ? { id: resource.ids[0] } : {}), ...(resource.name ? { name: resource.name } : {}) } }
          : {}),
      })),
    });
  });

  r.get('/audit.csv', requireAdmin, async (req, res) => {
    const { page: _p, pageSize: _s, ...f } = readFilters(req);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`);
    for await (const chunk of audit.exportCsv(f as AuditFilters, { bom: true })) res.write(chunk);
    res.end();
  });
  return r;
}
