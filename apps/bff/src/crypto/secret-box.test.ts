import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, SecretBoxError } from './secret-box';

const key = randomBytes(32);
const box = createSecretBox(key);

describe('secret box (AES-256-GCM)', () => {
  it('round-trips, with a fresh IV each time', () => {
    const a = box.seal('SK-very-secret-value');
    const b = box.seal('SK-very-secret-value');
    expect(a).not.toBe(b);
    expect(box.open(a)).toBe('SK-very-secret-value');
    expect(box.open(b)).toBe('SK-very-secret-value');
    expect(box.open(box.seal(''))).toBe('');
    expect(box.open(box.seal('密钥 ✓'))).toBe('密钥 ✓');
  });

  it('uses a versioned format with key id, 12-byte IV and 16-byte tag, and never contains the plaintext', () => {
    const sealed = box.seal('SK-plaintext-marker');
    const [version, keyId, iv, tag, ct] = sealed.split(':');
    expect(version).toBe('sb1');
    expect(keyId).toBe(box.keyId);
    expect(keyId).toMatch(/^[0-9a-f]{8}$/);
    expect(Buffer.from(iv!, 'base64url')).toHaveLength(12);
    expect(Buffer.from(tag!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(ct!, 'base64url')).toHaveLength('SK-plaintext-marker'.length);
    expect(sealed).not.toContain('plaintext-marker');
    expect(sealed).not.toContain(key.toString('hex'));
    expect(sealed).not.toContain(key.toString('base64url'));
  });

  it('a wrong master key fails with a clear error naming both key ids', () => {
    const sealed = box.seal('SK-secret');
    const other = createSecretBox(randomBytes(32));
    expect(() => other.open(sealed)).toThrow(SecretBoxError);
    expect(() => other.open(sealed)).toThrow(
      new RegExp(`another master key \\(key id ${box.keyId}; the current master key has id ${other.keyId}\\)`),
    );
  });

  it('a wrong key even with a forged key id still fails authentication', () => {
    const other = createSecretBox(randomBytes(32));
    const forged = box.seal('SK-secret').replace(`:${box.keyId}:`, `:${other.keyId}:`);
    expect(() => other.open(forged)).toThrow(/failed authentication/);
  });

  it('detects tampering and a ciphertext moved to another record (associated data)', () => {
    const sealed = box.seal('SK-secret', 'account-1');
    expect(box.open(sealed, 'account-1')).toBe('SK-secret');
    expect(() => box.open(sealed, 'account-2')).toThrow(/failed authentication/);
    const parts = sealed.split(':');
    const ct = Buffer.from(parts[4]!, 'base64url');
    ct[0]! ^= 1;
    parts[4] = ct.toString('base64url');
    expect(() => box.open(parts.join(':'), 'account-1')).toThrow(/failed authentication/);
  });

  it('refuses unknown formats and malformed values clearly', () => {
    expect(() => box.open('sb9:x:y:z:w')).toThrow(/unknown sealed-secret format "sb9"/);
    expect(() => box.open('sb1:only:three')).toThrow(/malformed/);
    expect(() => box.open(`sb1:${box.keyId}:AAAA:AAAA:AAAA`)).toThrow(/malformed/);
  });

  it('refuses a master key of the wrong size', () => {
    expect(() => createSecretBox(randomBytes(16))).toThrow(/must be 32 bytes/);
  });
});
