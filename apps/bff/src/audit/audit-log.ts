import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

export type AuditOutcome =
  | 'pending'
  | 'success'
  | 'upstream_error'
  | 'validation_error'
  | 'forbidden'
  /** A sign-in refused: wrong password, locked, disabled. */
  | 'denied'
  /** A console change (people, accounts) that failed. */
  | 'error';

export interface AuditEntry {
  time: string;
  requestId: string;
  user: string;
  ip: string;
  provider: string;
  product: string;
  action: string;
  region?: string;
  /** Cloud account id the action ran under, when there is one. */
  account?: string;
  params: unknown;
  outcome: AuditOutcome;
  code?: string;
  taskIds?: string[];
  upstreamRequestId?: string;
  /** What the write touched (catalog writes: @console/api-types/resources). */
  resource?: AuditResource;
  /** This successful write removed the resource itself (a delete): the log stops linking to it. */
  resourceGone?: boolean;
}

export interface AuditResource {
  type: string;
  ids: string[];
  name?: string;
}

export interface AuditLog {
  /** Resolves once the entry is durable; rejects when it cannot be written. */
  record(entry: AuditEntry): Promise<void>;
}

/** Append-only JSON lines in the data folder. The storage issue moves this to PostgreSQL. */
export function fileAuditLog(dataDir: string): AuditLog {
  const file = path.join(dataDir, 'audit.jsonl');
  let ready: Promise<unknown> | undefined;
  return {
    async record(entry) {
      ready ??= mkdir(dataDir, { recursive: true });
      await ready;
      await appendFile(file, JSON.stringify(entry) + '\n', { encoding: 'utf8', mode: 0o600 });
    },
  };
}

/** For tests: keeps entries in memory, and can be told to fail. */
export function memoryAuditLog(): AuditLog & { entries: AuditEntry[]; failing: boolean } {
  const log = {
    entries: [] as AuditEntry[],
    failing: false,
    async record(entry: AuditEntry) {
      if (log.failing) throw new Error('audit store unavailable');
      log.entries.push(entry);
    },
  };
  return log;
}
