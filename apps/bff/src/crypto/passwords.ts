import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Password hashing with scrypt (memory-hard, in node:crypto, no native add-on to install).
 *
 * Encoded form: `$scrypt$ln=15,r=8,p=1$<salt base64>$<hash base64>`. The cost parameters travel
 * with each hash so they can be raised later: old hashes still verify, and `needsRehash` tells the
 * login path to store a fresh hash once it has the plain password in hand.
 */
export interface ScryptParams {
  /** log2 of N, the CPU/memory cost. 15 → N = 32768 → 32 MiB per hash with r = 8. */
  ln: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({ ln: 15, r: 8, p: 1 });

const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Refuse absurd parameters in a stored string instead of letting one row exhaust memory.
const LIMITS = { ln: [14, 22], r: [1, 32], p: [1, 16] } as const;
const ENCODED = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

function derive(password: string, salt: Buffer, params: ScryptParams, keyLen: number): Promise<Buffer> {
  const N = 2 ** params.ln;
  // node refuses anything above maxmem (32 MiB by default), which N=2^15, r=8 needs exactly.
  const maxmem = 256 * N * params.r + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLen, { N, r: params.r, p: params.p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

function checkParams(params: ScryptParams): void {
  for (const name of ['ln', 'r', 'p'] as const) {
    const [min, max] = LIMITS[name];
    const v = params[name];
    if (!Number.isInteger(v) || v < min || v > max) {
      throw new Error(`scrypt parameter ${name}=${v} is outside ${min}..${max}`);
    }
  }
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<string> {
  checkParams(params);
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params, KEY_BYTES);
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

interface Decoded {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

function decode(encoded: string): Decoded | undefined {
  const m = ENCODED.exec(encoded);
  if (!m) return undefined;
  const params = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  try {
    checkParams(params);
  } catch {
    return undefined;
  }
  const salt = Buffer.from(m[4]!, 'base64');
  const key = Buffer.from(m[5]!, 'base64');
  if (salt.length < 16 || key.length < 16) return undefined;
  return { params, salt, key };
}

/** False for a wrong password and for a malformed hash (a damaged row must not let anyone in). */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const d = decode(encoded);
  if (!d) return false;
  const candidate = await derive(password, d.salt, d.params, d.key.length);
  return timingSafeEqual(candidate, d.key);
}

/** True when the stored hash uses weaker parameters than the current ones (or cannot be read). */
export function needsRehash(encoded: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): boolean {
  const d = decode(encoded);
  if (!d) return true;
  return d.params.ln < params.ln || d.params.r < params.r || d.params.p < params.p;
}

/**
 * A hash of a random password, to verify against when the username does not exist, so that a
 * login for an unknown name takes as long as one for a known name (no user enumeration by timing).
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(18).toString('base64'));
  return dummyHash;
}

// ---------------------------------------------------------------------------------------------
// Policy

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'contains_username' | 'too_simple' | 'common';

export type PasswordCheck = { ok: true } | { ok: false; code: PasswordProblem; message: string };

// The handful that pass the length rule and still top every leaked-password list.
const COMMON = new Set([
  'password1234', 'password12345', 'password123456', '123456789012', '1234567890123',
  'qwertyuiop12', 'qwerty123456', '1q2w3e4r5t6y', 'iloveyou1234', 'administrator',
  'admin1234567', 'letmein12345', 'welcome12345', 'changeme1234', 'passw0rd1234', 'p@ssw0rd1234',
  'abc123456789', 'aaaaaaaaaaaa', '111111111111', '000000000000', 'zaq12wsxcde3',
]);

/**
 * Length-first policy (NIST 800-63B style): at least 12 characters, no composition rules, but
 * refuse the username, one repeated character or short repeated pattern, and well-known passwords.
 * The message is fit to show as is; `code` lets the UI translate it.
 */
export function checkPasswordPolicy(password: string, context: { username?: string } = {}): PasswordCheck {
  const chars = [...password];
  if (chars.length < PASSWORD_MIN_LENGTH) {
    return { ok: false, code: 'too_short', message: `Password must be at least ${PASSWORD_MIN_LENGTH} characters long.` };
  }
  if (chars.length > PASSWORD_MAX_LENGTH) {
    return { ok: false, code: 'too_long', message: `Password must be at most ${PASSWORD_MAX_LENGTH} characters long.` };
  }
  const lower = password.toLowerCase();
  const username = context.username?.trim().toLowerCase();
  if (username && username.length >= 3 && lower.includes(username)) {
    return { ok: false, code: 'contains_username', message: 'Password must not contain the username.' };
  }
  if (new Set(chars).size < 4 || /^(.{1,4})\1+$/u.test(password)) {
    return { ok: false, code: 'too_simple', message: 'Password is too simple: use more different characters, e.g. a few unrelated words.' };
  }
  if (COMMON.has(lower)) {
    return { ok: false, code: 'common', message: 'This password is one of the most common ones; choose another.' };
  }
  return { ok: true };
}
