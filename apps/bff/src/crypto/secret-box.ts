import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { MASTER_KEY_BYTES } from './master-key';

export { loadMasterKey, parseMasterKey, MasterKeyError, MASTER_KEY_BYTES } from './master-key';
export type { LoadedMasterKey, LoadMasterKeyOptions } from './master-key';

/**
 * AES-256-GCM for secrets at rest (cloud AccessKey secrets).
 *
 * Sealed form (text, so it stores the same way in PGlite and PostgreSQL):
 *   `sb1:<key id>:<iv base64url>:<tag base64url>:<ciphertext base64url>`
 * - `sb1` is the format version, so a later format can be told apart and migrated.
 * - key id: 8 hex characters derived from the master key (not the key), so a wrong key gives
 *   "encrypted under another key" instead of a bare authentication failure.
 * - IV: 12 random bytes per seal; tag: the full 16-byte GCM tag.
 * - Optional associated data (e.g. the row id) binds a ciphertext to its row, so a ciphertext
 *   copied into another row does not decrypt.
 * The encryption key and the key id come from the master key through HKDF with distinct labels,
 * so neither is the master key itself.
 */
const VERSION = 'sb1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBoxError extends Error {
  override name = 'SecretBoxError';
}

export interface SecretBox {
  /** Identifies the master key in sealed values and error messages; safe to log. */
  readonly keyId: string;
  seal(plaintext: string, associatedData?: string): string;
  /** Throws SecretBoxError with a message that says whether the key is wrong or the data damaged. */
  open(sealed: string, associatedData?: string): string;
}

export function createSecretBox(masterKey: Uint8Array): SecretBox {
  if (masterKey.length !== MASTER_KEY_BYTES) {
    throw new SecretBoxError(`The master key must be ${MASTER_KEY_BYTES} bytes, not ${masterKey.length}`);
  }
  const encKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'cloud-console secret-box v1 aes-256-gcm', 32));
  const keyId = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'cloud-console secret-box key id', 4)).toString('hex');

  return {
    keyId,
    seal(plaintext, associatedData) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv, { authTagLength: TAG_BYTES });
      if (associatedData !== undefined) cipher.setAAD(Buffer.from(associatedData, 'utf8'));
      const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, keyId, b64(iv), b64(tag), b64(ct)].join(':');
    },
    open(sealed, associatedData) {
      const parts = sealed.split(':');
      if (parts[0] !== VERSION) {
        throw new SecretBoxError(`Cannot decrypt: unknown sealed-secret format "${parts[0] ?? ''}" (expected ${VERSION})`);
      }
      if (parts.length !== 5) throw new SecretBoxError('Cannot decrypt: the sealed secret is malformed');
      const [, sealedKeyId, ivText, tagText, ctText] = parts as [string, string, string, string, string];
      if (sealedKeyId !== keyId) {
        throw new SecretBoxError(
          `Cannot decrypt: this secret was encrypted under another master key (key id ${sealedKeyId}; ` +
            `the current master key has id ${keyId}). Restore the original CONSOLE_MASTER_KEY or key file, ` +
            'or enter the secret again.',
        );
      }
      const iv = unb64(ivText);
      const tag = unb64(tagText);
      if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
        throw new SecretBoxError('Cannot decrypt: the sealed secret is malformed');
      }
      const decipher = createDecipheriv('aes-256-gcm', encKey, iv, { authTagLength: TAG_BYTES });
      decipher.setAuthTag(tag);
      if (associatedData !== undefined) decipher.setAAD(Buffer.from(associatedData, 'utf8'));
      try {
        return Buffer.concat([decipher.update(unb64(ctText)), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretBoxError(
          'Cannot decrypt: the sealed secret failed authentication (damaged, altered, or moved from another record)',
        );
      }
    },
  };
}

function b64(buf: Buffer): string {
  return buf.toString('base64url');
}

function unb64(text: string): Buffer {
  return Buffer.from(text, 'base64url');
}
