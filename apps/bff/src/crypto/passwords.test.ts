import { describe, expect, it } from 'vitest';
import {
  checkPasswordPolicy,
  DEFAULT_SCRYPT_PARAMS,
  dummyPasswordHash,
  hashPassword,
  needsRehash,
  verifyPassword,
} from './passwords';

describe('password hashing (scrypt)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts: equal passwords give different hashes, both verifying', async () => {
    const [a, b] = await Promise.all([hashPassword('same password here'), hashPassword('same password here')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password here', a)).toBe(true);
    expect(await verifyPassword('same password here', b)).toBe(true);
  });

  it('encodes its parameters (N >= 2^15, r=8, p=1, 16-byte salt) so they can be raised later', async () => {
    const hash = await hashPassword('parameters travel along');
    const m = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([^$]+)\$([^$]+)$/.exec(hash);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(15);
    expect(m!.slice(2, 4)).toEqual(['8', '1']);
    expect(Buffer.from(m![4]!, 'base64')).toHaveLength(16);
    expect(needsRehash(hash)).toBe(false);
    expect(needsRehash(hash, { ...DEFAULT_SCRYPT_PARAMS, ln: 16 })).toBe(true);
  });

  it('a hash made with other parameters still verifies', async () => {
    const hash = await hashPassword('older cost settings', { ln: 14, r: 8, p: 1 });
    expect(hash).toContain('$ln=14,r=8,p=1$');
    expect(await verifyPassword('older cost settings', hash)).toBe(true);
    expect(needsRehash(hash)).toBe(true);
  });

  it('treats a malformed or hostile stored hash as "no match", never as a crash or a match', async () => {
    for (const bad of ['', 'plain', '$scrypt$ln=40,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==', '$bcrypt$x']) {
      expect(await verifyPassword('anything at all', bad)).toBe(false);
      expect(needsRehash(bad)).toBe(true);
    }
  });

  it('normalizes Unicode so the same password typed on another keyboard still matches', async () => {
    const composed = 'pässwörd-über-alles';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true);
  });

  it('offers a dummy hash for unknown users (same cost, never matches a guess)', async () => {
    const d = await dummyPasswordHash();
    expect(d).toBe(await dummyPasswordHash());
    expect(await verifyPassword('password', d)).toBe(false);
  });
});

describe('password policy', () => {
  it('accepts a long passphrase', () => {
    expect(checkPasswordPolicy('purple monkey dishwasher', { username: 'alice' })).toEqual({ ok: true });
    expect(checkPasswordPolicy('密码要足够长才能安全使用哦好的')).toEqual({ ok: true });
  });

  it.each([
    ['short1', 'too_short', /at least 12 characters/],
    ['x'.repeat(257), 'too_long', /at most 256/],
    ['alice-is-great-2024', 'contains_username', /username/],
    ['abababababab', 'too_simple', /too simple/],
    ['aaaaaaaaaaaaaaaa', 'too_simple', /too simple/],
    ['Password1234', 'common', /common/],
  ])('refuses %j with a clear message', (pw, code, message) => {
    const r = checkPasswordPolicy(pw, { username: 'Alice' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.message).toMatch(message);
    }
  });
});
