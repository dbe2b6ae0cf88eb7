import { z } from 'zod';
import type { CloudProvider } from './cloud-accounts';
import type { Db } from './db';
import { type Clock, isUuid, StorageValidationError, systemClock } from './errors';

/** Console settings an admin chooses (migration 005). Each value is checked when read and written. */
export interface SettingsRepo {
  /** The account id an admin made each provider's default (absent: never chosen). */
  defaultAccounts(): Promise<Partial<Record<CloudProvider, string>>>;
  setDefaultAccount(provider: CloudProvider, accountId: string, by: string): Promise<void>;
}

const defaultAccountKey = (provider: CloudProvider) => `default_account.${provider}`;
const accountId = z.string().refine(isUuid);

export function createSettingsRepo(db: Db, clock: Clock = systemClock): SettingsRepo {
  return {
    async defaultAccounts() {
      const { rows } = await db.query<{ key: string; value: unknown }>(
        `SELECT key, value FROM settings WHERE key IN ($1, $2)`,
        [defaultAccountKey('cds'), defaultAccountKey('mos')],
      );
      const out: Partial<Record<CloudProvider, string>> = {};
      for (const provider of ['cds', 'mos'] as const) {
        // A value that is not an account id (edited by hand) counts as never chosen.
        const parsed = accountId.safeParse(rows.find((r) => r.key === defaultAccountKey(provider))?.value);
        if (parsed.success) out[provider] = parsed.data;
      }
      return out;
    },
    async setDefaultAccount(provider, id, by) {
      if (!isUuid(id)) throw new StorageValidationError('The default account must be an account id', 'accountId');
      await db.query(
        `INSERT INTO settings (key, value, updated_by, updated_at) VALUES ($1, $2::jsonb, $3, $4)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
        [defaultAccountKey(provider), JSON.stringify(id), by, clock()],
      );
    },
  };
}
