import { cdsMysql } from '@console/api-types';
import type { World } from '../../models/world';
import { backupFileName, backupWire, type Backup } from '../../models/paas/backups';
import { findDb } from '../../models/paas/db-lifecycle';
import { createBackup, deleteBackup, downloadableBackup } from '../../models/paas/mysql-extras';
import { paasHandler } from './handler';

/** MySQL backup sets (cds-mysql-api.md §11–14). */

/** Where the simulator serves a backup's file (backup-files.ts); the token keeps other URLs out. */
export const backupFilePath = (b: Backup) => `/paas-backups/${b.backupId}/${backupFileName(b)}`;

function downloadUrls(world: World, b: Backup, intranetIp: string) {
  const path = `${backupFilePath(b)}?token=${b.token}`;
  return {
    BackupDownloadUrl: `${world.publicUrl}${path}`,
    // The intranet address is the instance's own network: answered, not served here.
    BackupIntranetDownloadUrl: `http://${intranetIp}:8000${path}`,
  };
}

export const createBackupHandler = paasHandler('/mysql', cdsMysql.CreateBackup, ({ world, account }, input) => ({
  Data: {},
  TaskId: createBackup(world, account, input.InstanceUuid, input.Desc ?? '').taskId,
}));

export const describeBackups = paasHandler('/mysql', cdsMysql.DescribeBackups, ({ account }, input) => ({
  Data: findDb(account, 'mysql', input.InstanceUuid).backups.map((b) => backupWire(b)),
}));

export const deleteBackupHandler = paasHandler('/mysql', cdsMysql.DeleteBackup, ({ world, account }, input) => ({
  Data: {},
  TaskId: deleteBackup(world, account, input.InstanceUuid, input.BackupId).taskId,
}));

/** DownloadBackup: the example's keys ("full-backup", no BackupId) plus BackupId, which the table lists. */
export const downloadBackup = paasHandler('/mysql', cdsMysql.DownloadBackup, ({ world, account }, input) => {
  const { db, backup } = downloadableBackup(account, input.InstanceUuid, input.BackupId);
  return { Data: { ...backupWire(backup, 'full-backup'), ...downloadUrls(world, backup, db.ip) }, TaskId: '' };
});
