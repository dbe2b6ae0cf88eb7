import { beforeEach, expect, it } from 'vitest';
import { StorageValidationError } from './errors';
import { createSettingsRepo, type SettingsRepo } from './settings';
import { describeStorage } from './testing';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describeStorage('settings repository', (ctx) => {
  let repo: SettingsRepo;
  const when = new Date('2026-02-01T00:00:00Z');
  beforeEach(() => {
    repo = createSettingsRepo(ctx.db, () => when);
  });

  it('has no default account until one is chosen, then keeps one per provider, the last chosen', async () => {
    expect(await repo.defaultAccounts()).toEqual({});
    await repo.setDefaultAccount('cds', A, 'admin');
    await repo.setDefaultAccount('mos', B, 'admin');
    await repo.setDefaultAccount('cds', B, 'root');
    expect(await repo.defaultAccounts()).toEqual({ cds: B, mos: B });
    const { rows } = await ctx.db.query<{ key: string; updated_by: string; updated_at: Date }>('SELECT key, updated_by, updated_at FROM settings ORDER BY key');
    expect(rows).toEqual([
      { key: 'default_account.cds', updated_by: 'root', updated_at: when },
      { key: 'default_account.mos', updated_by: 'admin', updated_at: when },
    ]);
  });

  it('refuses what is not an account id, and ignores a stored value that is not one', async () => {
    await expect(repo.setDefaultAccount('cds', 'Prod', 'admin')).rejects.toBeInstanceOf(StorageValidationError);
    await ctx.db.query(`INSERT INTO settings (key, value) VALUES ('default_account.mos', '{"x":1}')`);
    expect(await repo.defaultAccounts()).toEqual({});
    await expect(ctx.db.query(`INSERT INTO settings (key, value) VALUES ('Bad Key', '1')`)).rejects.toThrow(/check/i);
  });
});
