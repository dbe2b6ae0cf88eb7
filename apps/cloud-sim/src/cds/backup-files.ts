import express from 'express';
import { backupFile, backupFileName } from './models/paas/backups';
import type { World } from './models/world';

/**
 * The files DownloadBackup's URLs point to: GET /paas-backups/<BackupId>/<file>?token=…, served
 * to anyone holding the URL (as a cloud's signed download link is), 404 once the backup is gone.
 */
export function backupFiles(world: World): express.Router {
  const router = express.Router();
  router.get('/paas-backups/:backupId/:file', (req, res) => {
    // The app parses no query strings (the CDS router reads raw ones): read the token here.
    const token = new URLSearchParams(req.url.split('?')[1] ?? '').get('token') ?? '';
    const backup = [...world.accounts.values()]
      .map((a) => a.paas.backupByToken(req.params.backupId, token))
      .find((b) => b !== undefined);
    if (!backup || backup.status !== 'finished' || req.params.file !== backupFileName(backup)) {
      res.status(404).type('text/plain').send('No such backup file (deleted, not finished, or a wrong link).');
      return;
    }
    res
      .status(200)
      .type('application/octet-stream')
      .set('Content-Disposition', `attachment; filename="${backupFileName(backup)}"`)
      .set('Cache-Control', 'private, no-store')
      .send(backupFile(backup));
  });
  return router;
}
