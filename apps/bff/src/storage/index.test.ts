import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../crypto/passwords';
import { migrations, openStorage } from './index';

it('openStorage opens, migrates and wires every repository over one database', async () => {
  const storage = await openStorage({ dataDir: ':memory:', masterKey: randomBytes(32) });
  try {
    expect(storage.db.kind).toBe('pglite');
    expect(storage.migration).toEqual({ applied: migrations.map((m) => m.version), version: migrations.at(-1)!.version });
    expect(await storage.users.count()).toBe(0);

    // The login path end to end: first admin, a password check, a session, an audit row.
    const passwordHash = await hashPassword('first admin passphrase');
    const admin = await storage.users.create({ username: 'admin', role: 'admin', passwordHash });
    const login = await storage.users.findForLogin('Admin');
    expect(await verifyPassword('first admin passphrase', login!.passwordHash)).toBe(true);
    expect(await storage.loginThrottle.check({ username: 'admin', ip: '127.0.0.1' })).toEqual({ locked: false });
    const { token } = await storage.sessions.create({ userId: admin.id, ip: '127.0.0.1' });
    expect((await storage.sessions.findValid(token))?.user.role).toBe('admin');
    await storage.audit.record({
      time: new Date().toISOString(), requestId: 'r1', user: 'admin', ip: '127.0.0.1',
      provider: 'console', product: 'auth', action: 'Login', params: { username: 'admin', password: 'x' }, outcome: 'success',
    });
    expect((await storage.audit.list({ action: 'Login' })).items[0]!.params).toEqual({ username: 'admin', password: '[redacted]' });

    const acc = await storage.cloudAccounts.create({ provider: 'cds', name: 'sim', accessKeyId: 'AK', secret: 'SK-simulator-secret', endpointArea: 'custom', endpointUrl: 'http://127.0.0.1:8787' });
    expect((await storage.cloudAccounts.getCredentials(acc.id))?.secret).toBe('SK-simulator-secret');
  } finally {
    await storage.close();
  }
}, 30_000);
