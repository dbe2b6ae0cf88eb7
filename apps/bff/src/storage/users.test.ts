import { beforeEach, expect, it } from 'vitest';
import { describeStorage } from './testing';
import { createSessionRepo, type SessionRepo } from './sessions';
import { createUserRepo, type UserRepo } from './users';
import { ConflictError, StorageValidationError } from './errors';

const HASH = '$scrypt$ln=15,r=8,p=1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=';

describeStorage('users repository', (ctx) => {
  let users: UserRepo;
  let sessions: SessionRepo;
  let clock = new Date('2025-01-01T00:00:00Z');
  beforeEach(() => {
    clock = new Date('2025-01-01T00:00:00Z');
    users = createUserRepo(ctx.db, { now: () => clock });
    sessions = createSessionRepo(ctx.db, { now: () => clock });
  });

  it('creates a person and finds them by id and by username in any case; never returns the hash', async () => {
    const u = await users.create({ username: 'Alice', displayName: '爱丽丝', role: 'operator', passwordHash: HASH });
    expect(u).toMatchObject({ username: 'Alice', displayName: '爱丽丝', role: 'operator', disabled: false, language: 'zh-CN', theme: 'system', lastLoginAt: null });
    expect(u.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(u.createdAt).toEqual(clock);
    expect(await users.findById(u.id)).toEqual(u);
    expect(await users.findByUsername('alice')).toEqual(u);
    expect(await users.findByUsername('nobody')).toBeUndefined();
    expect(await users.findById('not-a-uuid')).toBeUndefined();
    expect(JSON.stringify([u, await users.list()])).not.toContain('scrypt');
    expect(await users.findForLogin('ALICE')).toEqual({ user: u, passwordHash: HASH });
  });

  it('refuses a username taken in another case, and invalid input, with clear errors', async () => {
    await users.create({ username: 'bob', role: 'viewer', passwordHash: HASH });
    await expect(users.create({ username: 'BOB', role: 'viewer', passwordHash: HASH })).rejects.toThrow(ConflictError);
    await expect(users.create({ username: 'BOB', role: 'viewer', passwordHash: HASH })).rejects.toThrow('The username "BOB" is already taken');
    await expect(users.create({ username: 'has space', role: 'viewer', passwordHash: HASH })).rejects.toThrow(StorageValidationError);
    await expect(users.create({ username: 'carol', role: 'root' as never, passwordHash: HASH })).rejects.toThrow(/role must be one of viewer, operator, admin/);
    await expect(users.create({ username: 'carol', role: 'viewer', passwordHash: 'plain-password' })).rejects.toThrow(/encoded hash, not a password/);
    await expect(users.create({ username: 'carol', role: 'viewer', passwordHash: HASH, theme: 'neon' as never })).rejects.toThrow(/theme/);
  });

  it('lists with paging and search, and counts people and active admins', async () => {
    for (const name of ['dave', 'erin', 'frank', 'grace', 'heidi']) {
      await users.create({ username: name, role: name === 'erin' || name === 'grace' ? 'admin' : 'viewer', passwordHash: HASH });
    }
    const p1 = await users.list({ page: 1, pageSize: 2 });
    expect(p1).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(p1.items.map((u) => u.username)).toEqual(['dave', 'erin']);
    expect((await users.list({ page: 3, pageSize: 2 })).items.map((u) => u.username)).toEqual(['heidi']);
    expect((await users.list({ search: 'RA' })).items.map((u) => u.username)).toEqual(['frank', 'grace']);
    expect((await users.list({ search: '%' })).total).toBe(0);
    expect(await users.count()).toBe(5);
    expect(await users.countActiveAdmins()).toBe(2);
    const grace = (await users.findByUsername('grace'))!;
    await users.setDisabled(grace.id, true);
    expect(await users.countActiveAdmins()).toBe(1);
  });

  it('updates role, preferences and last login', async () => {
    const u = await users.create({ username: 'ivan', role: 'viewer', passwordHash: HASH });
    clock = new Date('2025-01-02T00:00:00Z');
    expect(await users.setRole(u.id, 'admin')).toMatchObject({ role: 'admin', updatedAt: clock });
    expect(await users.setPreferences(u.id, { language: 'en-US', theme: 'dark' })).toMatchObject({ language: 'en-US', theme: 'dark', displayName: '' });
    expect(await users.setPreferences(u.id, { displayName: 'Ivan' })).toMatchObject({ language: 'en-US', displayName: 'Ivan' });
    await users.recordLogin(u.id);
    expect((await users.findById(u.id))!.lastLoginAt).toEqual(clock);
    expect(await users.setRole('00000000-0000-4000-8000-000000000000', 'admin')).toBeUndefined();
  });

  it('disabling a person or changing their password ends every session of theirs, and only theirs', async () => {
    const judy = await users.create({ username: 'judy', role: 'operator', passwordHash: HASH });
    const other = await users.create({ username: 'ken', role: 'operator', passwordHash: HASH });
    const a = await sessions.create({ userId: judy.id });
    const b = await sessions.create({ userId: judy.id });
    const k = await sessions.create({ userId: other.id });

    const changed = await users.setPasswordHash(judy.id, HASH.replace('aGFz', 'bmV3'));
    expect(changed!.passwordChangedAt).toEqual(clock);
    expect(await sessions.findValid(a.token)).toBeUndefined();
    expect(await sessions.findValid(b.token)).toBeUndefined();
    expect(await sessions.findValid(k.token)).toBeDefined();

    const c = await sessions.create({ userId: judy.id });
    expect(await sessions.findValid(c.token)).toBeDefined();
    await users.setDisabled(judy.id, true);
    expect(await sessions.findValid(c.token)).toBeUndefined();
    // Re-enabling does not bring old sessions back.
    await users.setDisabled(judy.id, false);
    expect(await sessions.findValid(c.token)).toBeUndefined();
    expect(await sessions.findValid(k.token)).toBeDefined();
  });
});
