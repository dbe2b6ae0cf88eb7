import { createHash } from 'node:crypto';
import { cdsDateTime } from '../../../util/time';

/**
 * A MySQL backup set. Its file is generated, not stored: the bytes are a pure function of the
 * backup id, so DownloadBackup's URL serves the same file (of exactly BackupSize bytes) every time.
 */

export type BackupStatus = 'doing' | 'finished' | 'deleting';

export interface Backup {
  backupId: string;
  instanceId: string;
  status: BackupStatus;
  mode: 'auto' | 'manual';
  /** Bytes; known once the backup finished. */
  sizeBytes: number;
  desc: string;
  startedAt: number;
  endedAt?: number;
  /** The secret part of the download URL. */
  token: string;
}

/** DescribeBackups' item. DownloadBackup answers the same with "full-backup", as its example does. */
export function backupWire(b: Backup, type = 'physical-backup') {
  return {
    BackupId: b.backupId,
    BackupMode: b.mode,
    BackupSize: b.sizeBytes,
    BackupType: type,
    Desc: b.desc,
    EndTime: b.endedAt ? cdsDateTime(b.endedAt) : '',
    InstanceId: b.instanceId,
    StartTime: cdsDateTime(b.startedAt),
    Status: b.status,
  };
}

export const backupFileName = (b: Backup) =>
  `backup_${b.instanceId.slice(0, 8)}_${cdsDateTime(b.startedAt).replace(/[-: ]/g, '')}.xb`;

/** Size of a backup: 300 KB – 4 MB, fixed per backup (the example's sets are about 677 KB). */
export function backupSize(backupId: string): number {
  const h = createHash('sha256').update(backupId).digest();
  return 300_000 + (h.readUInt32BE(0) % 3_700_000);
}

/**
 * The file: a short text header saying what it is, then bytes from a hash chain of the id, cut
 * to `size`. Deterministic, so a download can be checked against its size and first bytes.
 */
export function backupFile(b: Backup): Buffer {
  const header = Buffer.from(
    `CDS simulator MySQL physical backup\nbackup ${b.backupId}\ninstance ${b.instanceId}\nstarted ${cdsDateTime(b.startedAt)}\n\n`,
  );
  const out = Buffer.alloc(b.sizeBytes);
  header.copy(out, 0, 0, Math.min(header.length, out.length));
  let block = createHash('sha256').update(b.backupId).digest();
  for (let at = header.length; at < out.length; at += block.length) {
    block.copy(out, at, 0, Math.min(block.length, out.length - at));
    block = createHash('sha256').update(block).digest();
  }
  return out;
}
