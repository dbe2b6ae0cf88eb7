import { Router, type Request } from 'express';
import { z } from 'zod';
import { parseBody } from '../http/parse-body';
import { requireAdmin } from '../session/user';
import type { AuditFilters, AuditRepo } from '../storage';

const filters = z.object({
  user: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  outcome: z.enum(['pending', 'success', 'upstream_error', 'validation_error', 'forbidden', 'denied', 'error']).optional(),
  provider: z.string().max(16).optional(),
  requestId: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true, message: 'from must be an ISO date-time' }).optional(),
  to: z.iso.datetime({ offset: true, message: 'to must be an ISO date-time' }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const readFilters = (req: Request) => {
  const empty = Object.fromEntries(Object.entries(req.query).filter(([, v]) => v !== '' && v !== undefined));
  return parseBody(filters, empty);
};

/** The audit screen's list (everyone signed in) and CSV export (admins). */
export function auditRouter(audit: AuditRepo): Router {
  const r = Router();
  r.get('/audit', async (req, res) => {
    res.json(await audit.list(readFilters(req)));
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
