import { z } from 'zod';
import { defineAction, loose } from '../define';
import type { DbBackup, DbBackupDownload } from '../normalized/paas';
import type { TaskResult } from '../normalized/results';
import { cdsTaskAnswerLoose, toTaskResult, uuidLike } from './cds-shared';
import { backupRaw, paasEnvelope, toBackup } from './cds-paas-shared';

/** CDS managed MySQL backup sets (cds-mysql-api.md §11–14), all on /mysql. */

const base = { provider: 'cds', product: 'mysql', path: '/mysql' } as const;
const taskResult = (raw: z.output<typeof cdsTaskAnswerLoose>): TaskResult => toTaskResult(raw);
const instanceId = uuidLike('InstanceUuid');
const BACKUP_READS = ['DescribeBackups'];

export const CreateBackup = defineAction({
  ...base,
  action: 'CreateBackup',
  method: 'POST',
  kind: 'write',
  task: 'TaskId',
  invalidates: BACKUP_READS,
  input: z.object({
    InstanceUuid: instanceId,
    BackupType: z.literal('physical-backup', {
      error: 'BackupType must be physical-backup (the only method supported)',
    }),
    Desc: z.string().max(256, 'Desc is at most 256 characters').optional(),
  }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Back up a MySQL instance now', zh: '为实例创建备份' },
  notes:
    'Only physical backup is supported ("目前只支持物理备份"); the sample sends "physical-backup".',
});

export const DescribeBackups = defineAction({
  ...base,
  action: 'DescribeBackups',
  method: 'GET',
  kind: 'read',
  input: z.object({ InstanceUuid: instanceId }),
  output: loose({ ...paasEnvelope, Data: z.array(backupRaw).default([]) }),
  normalize: (raw): DbBackup[] => raw.Data.map(toBackup),
  summary: { en: 'List the backups of a MySQL instance', zh: '查看备份集列表' },
  notes:
    'Data is typed dict but answered as a list; BackupSize is typed string but answered as a number of bytes: both read.',
});

export const DeleteBackup = defineAction({
  ...base,
  action: 'DeleteBackup',
  method: 'POST',
  kind: 'destructive',
  task: 'TaskId',
  invalidates: BACKUP_READS,
  input: z.object({ InstanceUuid: instanceId, BackupId: uuidLike('BackupId') }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Delete a backup', zh: '删除数据备份文件' },
});

export const DownloadBackup = defineAction({
  ...base,
  action: 'DownloadBackup',
  method: 'GET',
  kind: 'read',
  input: z.object({ InstanceUuid: instanceId, BackupId: uuidLike('BackupId') }),
  output: loose({
    ...paasEnvelope,
    Data: backupRaw.extend({
      BackupId: z.string().optional(),
      BackupDownloadUrl: z.string().default(''),
      BackupIntranetDownloadUrl: z.string().optional(),
    }),
  }),
  normalize: (raw): DbBackupDownload => ({
    ...toBackup({ ...raw.Data, BackupId: raw.Data.BackupId ?? '' }),
    downloadUrl: raw.Data.BackupDownloadUrl,
    intranetDownloadUrl: raw.Data.BackupIntranetDownloadUrl,
  }),
  summary: { en: 'Download addresses (public and internal) of a backup', zh: '获取备份下载地址' },
  notes:
    'A read: it only returns addresses. The table lists BackupId in the answer but the example has none: optional. BackupType is "full-backup" here and "physical-backup" in DescribeBackups: passed on as answered.',
});
