import { Router, type Request } from 'express';
import { z } from 'zod';
import { pageNumber, parseQuery, queryText, queryTime } from '../http/parse-query';
import { requireAdmin, type ConsoleUser } from '../session/user';
import type { AuditFilters, AuditRecord, AuditRepo } from '../storage';

const filters = z.object({
  user: queryText(64).optional(),
  action: queryText(64).optional(),
  outcome: z.enum(['pending', 'success', 'upstream_error', 'validation_error', 'forbidden', 'denied', 'error']).optional(),
  provider: queryText(16).optional(),
  requestId: queryText(64).optional(),
  from: queryTime('from').optional(),
  to: queryTime('to').optional(),
  page: pageNumber().default(1),
  pageSize: pageNumber(200).default(50),
});

const readFilters = (req: Request) => parseQuery(filters, req.query);

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

/** The audit screen's list (everyone signed in, by role: visibleTo) and CSV export (admins). */
export function auditRouter(audit: AuditRepo): Router {
  const r = Router();
  r.get('/audit', async (req, res) => {
    const view = visibleTo(req.user!);
    const page = await audit.list(view.filters(readFilters(req)));
    res.json({ ...page, items: page.items.map(view.row) });
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
