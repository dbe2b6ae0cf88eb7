import { ENV_ACCOUNT_NAME } from '../session/bootstrap';
import type { CloudAccount, CloudAccountRepo, CloudProvider, SettingsRepo } from '../storage';

/** Each provider's default account by name or id from the environment (DEFAULT_CDS_ACCOUNT, DEFAULT_MOS_ACCOUNT). */
export type InitialDefaults = Partial<Record<CloudProvider, string>>;

/**
 * The default among one provider's accounts: the one an admin chose (settings), else the one the
 * environment names (its initial value), else the environment's own account, else the first.
 * A chosen account that was deleted since falls through to the next.
 */
export function pickDefault(accounts: readonly CloudAccount[], chosen?: string, initial?: string): CloudAccount | undefined {
  return (
    (chosen ? accounts.find((a) => a.id === chosen) : undefined) ??
    (initial ? accounts.find((a) => a.id === initial || a.name === initial) : undefined) ??
    accounts.find((a) => a.name === ENV_ACCOUNT_NAME) ??
    accounts[0]
  );
}

export interface DefaultAccounts {
  /** The default account of one provider, if it has any account. */
  of(provider: CloudProvider): Promise<CloudAccount | undefined>;
  /** The ids of every provider's default among these accounts (for marking them in a list). */
  idsAmong(all: readonly CloudAccount[]): Promise<Set<string>>;
  /** An admin's choice; the route has checked the account exists and is of this provider. */
  choose(provider: CloudProvider, accountId: string, by: string): Promise<void>;
}

export function defaultAccounts(accounts: CloudAccountRepo, settings: SettingsRepo | undefined, initial: InitialDefaults = {}): DefaultAccounts {
  const chosen = async () => (settings ? await settings.defaultAccounts() : {});
  return {
    async of(provider) {
      return pickDefault(await accounts.list({ provider }), (await chosen())[provider], initial[provider]);
    },
    async idsAmong(all) {
      const stored = await chosen();
      const ids = new Set<string>();
      for (const provider of ['cds', 'mos'] as const) {
        const d = pickDefault(
          all.filter((a) => a.provider === provider),
          stored[provider],
          initial[provider],
        );
        if (d) ids.add(d.id);
      }
      return ids;
    },
    async choose(provider, accountId, by) {
      if (!settings) throw new Error('No settings store: the default account cannot be changed');
      await settings.setDefaultAccount(provider, accountId, by);
    },
  };
}
