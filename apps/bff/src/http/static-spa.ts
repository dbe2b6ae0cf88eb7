import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/** Serves the built SPA; any other GET outside /api gets index.html (client-side routes). */
export function spaRouter(webDist: string): Router {
  const r = Router();
  const index = path.join(webDist, 'index.html');
  r.use(express.static(webDist, { index: false, maxAge: '1h', immutable: false }));
  r.get(/^(?!\/api(\/|$)).*/, (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type('text').send('The console has not been built yet: run `pnpm build` (the README start command does).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return r;
}
