import { randomBytes } from 'node:crypto';
import { beforeEach, expect, it } from 'vitest';
import { createSecretBox, SecretBoxError } from '../crypto/secret-box';
import { type CloudAccountRepo, createCloudAccountRepo, secretHint } from './cloud-accounts';
import { ConflictError, StorageValidationError } from './errors';
import { describeStorage } from './testing';

const SECRET = 'SK-TOPSECRET-0123456789-abcd';
const box = createSecretBox(randomBytes(32));

describeStorage('cloud accounts repository', (ctx) => {
  let repo: CloudAccountRepo;
  let clock: Date;
  beforeEach(() => {
    clock = new Date('2025-02-01T00:00:00Z');
    repo = createCloudAccountRepo(ctx.db, box, { now: () => clock });
  });

  const cds = (over: Partial<Parameters<CloudAccountRepo['create']>[0]> = {}) =>
    repo.create({ provider: 'cds', name: 'Prod CDS', accessKeyId: 'AK0001', secret: SECRET, endpointArea: 'mainland', createdBy: 'admin', ...over });

  it('creates, lists and gets accounts with only a masked hint of the secret', async () => {
    const a = await cds();
    expect(a).toEqual({
      id: a.id, provider: 'cds', name: 'Prod CDS', accessKeyId: 'AK0001', secretHint: '****abcd',
      endpointArea: 'mainland', endpointUrl: null, region: null, createdBy: 'admin', createdAt: clock, updatedAt: clock,
    });
    const m = await repo.create({ provider: 'mos', name: 'MOS test', accessKeyId: 'AK-M', secret: 'short', endpointArea: 'custom', endpointUrl: 'https://mos.example.com/api/' });
    expect(m).toMatchObject({ secretHint: '****', endpointArea: 'custom', endpointUrl: 'https://mos.example.com/api', createdBy: null });
    expect((await repo.list()).map((x) => x.name)).toEqual(['Prod CDS', 'MOS test']);
    expect((await repo.list({ provider: 'mos' })).map((x) => x.id)).toEqual([m.id]);
    expect(await repo.get(a.id)).toEqual(a);
    expect(await repo.get('nope')).toBeUndefined();
  });

  it('never puts the secret in any output but getCredentials, nor in the table in clear', async () => {
    const a = await cds();
    const outputs = [a, await repo.list(), await repo.get(a.id), await repo.update(a.id, { name: 'Renamed' })];
    expect(JSON.stringify(outputs)).not.toContain('TOPSECRET');
    const { rows } = await ctx.db.query('SELECT * FROM cloud_accounts');
    expect(JSON.stringify(rows)).not.toContain('TOPSECRET');
    expect(String((rows[0] as { secret_sealed: string }).secret_sealed)).toMatch(/^sb1:/);
    expect(await repo.getCredentials(a.id)).toEqual({
      id: a.id, provider: 'cds', accessKeyId: 'AK0001', secret: SECRET, endpointArea: 'mainland', endpointUrl: null, region: null,
    });
  });

  it('updates fields, re-seals a new secret and keeps the old one when none is given', async () => {
    const a = await cds();
    clock = new Date('2025-02-02T00:00:00Z');
    const u = await repo.update(a.id, { accessKeyId: 'AK0002', endpointArea: 'custom', endpointUrl: 'http://127.0.0.1:8787' });
    expect(u).toMatchObject({ accessKeyId: 'AK0002', secretHint: '****abcd', endpointArea: 'custom', endpointUrl: 'http://127.0.0.1:8787', updatedAt: clock, createdAt: a.createdAt });
    expect((await repo.getCredentials(a.id))!.secret).toBe(SECRET);
    const v = await repo.update(a.id, { secret: 'SK-NEW-SECRET-VALUE-wxyz', endpointArea: 'asia-pacific' });
    expect(v).toMatchObject({ secretHint: '****wxyz', endpointArea: 'asia-pacific', endpointUrl: null });
    expect((await repo.getCredentials(a.id))!.secret).toBe('SK-NEW-SECRET-VALUE-wxyz');
    expect(await repo.update('00000000-0000-4000-8000-000000000000', { name: 'x' })).toBeUndefined();
  });

  it('MOS accounts: an endpoint URL always, a region (MOS only) kept and changed', async () => {
    const mos = (over: Partial<Parameters<CloudAccountRepo['create']>[0]> = {}) =>
      repo.create({ provider: 'mos', name: 'MOS Beijing', accessKeyId: 'MOSAK', secret: SECRET, endpointArea: 'custom', endpointUrl: 'http://127.0.0.1:8788/mcs/v1', region: 'Beijing', ...over });
    const m = await mos();
    expect(m).toMatchObject({ provider: 'mos', endpointArea: 'custom', endpointUrl: 'http://127.0.0.1:8788/mcs/v1', region: 'Beijing' });
    expect(await repo.getCredentials(m.id)).toMatchObject({ region: 'Beijing', endpointUrl: 'http://127.0.0.1:8788/mcs/v1' });
    expect(await repo.update(m.id, { region: 'Shanghai-2' })).toMatchObject({ region: 'Shanghai-2', endpointUrl: 'http://127.0.0.1:8788/mcs/v1' });
    expect(await repo.update(m.id, { region: null })).toMatchObject({ region: null });
    await expect(mos({ name: 'x', endpointArea: 'mainland', endpointUrl: null })).rejects.toThrow(/MOS account needs its endpoint URL/);
    await expect(mos({ name: 'y', region: 'Bei jing' })).rejects.toThrow(/Region must be letters/);
    await expect(cds({ region: 'Beijing' })).rejects.toThrow(/Only MOS accounts have a region/);
    await expect(repo.update(m.id, { endpointArea: 'mainland' })).rejects.toThrow(StorageValidationError);
    expect((await repo.list()).map((a) => a.name)).toEqual(['MOS Beijing']);
  });

  it('deletes', async () => {
    const a = await cds();
    expect(await repo.delete(a.id)).toBe(true);
    expect(await repo.delete(a.id)).toBe(false);
    expect(await repo.get(a.id)).toBeUndefined();
    expect(await repo.getCredentials(a.id)).toBeUndefined();
  });

  it('refuses a duplicate name per provider (any case) and bad input with clear messages', async () => {
    const a = await cds();
    await expect(cds({ name: 'prod cds' })).rejects.toThrow(ConflictError);
    await expect(cds({ name: 'prod cds', provider: 'mos', endpointArea: 'custom', endpointUrl: 'https://mos.example.com' })).resolves.toBeDefined();
    const b = await cds({ name: 'Other' });
    await expect(repo.update(b.id, { name: a.name })).rejects.toThrow('A cloud account named "Prod CDS" already exists for this provider');
    const bad: Array<[Parameters<typeof cds>[0], RegExp]> = [
      [{ name: '  ' }, /Name is required/],
      [{ secret: '' }, /AccessKey secret is required/],
      [{ provider: 'aws' as never }, /provider must be one of cds, mos/],
      [{ endpointArea: 'mars' as never }, /endpointArea must be one of/],
      [{ endpointArea: 'custom' }, /custom endpoint needs its URL/],
      [{ endpointArea: 'custom', endpointUrl: 'ftp://x' }, /https:\/\/ or http:\/\//],
      [{ endpointArea: 'custom', endpointUrl: 'https://u:p@x.example' }, /user name or password/],
      [{ accessKeyId: 'AK\n1' }, /control characters/],
    ];
    for (const [input, message] of bad) {
      const p = cds({ name: `n${Math.random()}`, ...input });
      await expect(p).rejects.toThrow(StorageValidationError);
      await expect(p).rejects.toThrow(message);
    }
  });

  it('under a wrong master key, getCredentials fails with a clear error and listing still works', async () => {
    const a = await cds();
    const wrong = createCloudAccountRepo(ctx.db, createSecretBox(randomBytes(32)));
    await expect(wrong.getCredentials(a.id)).rejects.toThrow(SecretBoxError);
    await expect(wrong.getCredentials(a.id)).rejects.toThrow(/encrypted under another master key/);
    expect((await wrong.list()).map((x) => x.id)).toEqual([a.id]);
  });

  it('a sealed secret copied onto another account does not decrypt there', async () => {
    const a = await cds();
    const b = await cds({ name: 'Second', secret: 'SK-second-secret-0000' });
    await ctx.db.query('UPDATE cloud_accounts SET secret_sealed = (SELECT secret_sealed FROM cloud_accounts WHERE id = $1) WHERE id = $2', [a.id, b.id]);
    await expect(repo.getCredentials(b.id)).rejects.toThrow(/failed authentication/);
  });

  it('masks short secrets completely', () => {
    expect(secretHint('12345678901')).toBe('****');
    expect(secretHint('123456789012')).toBe('****9012');
  });
});
