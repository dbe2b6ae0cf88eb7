import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from './db';
import { type Clock, ConflictError, isUniqueViolation, isUuid, type Page, paging, StorageValidationError, systemClock } from './errors';
import { revokeUserSessions } from './sessions';

export const ROLES = ['viewer', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export type Language = (typeof LANGUAGES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** A person, as every caller sees them: the password hash is only handed out by findForLogin. */
export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  language: Language;
  theme: Theme;
  passwordChangedAt: Date;
  lastLoginAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewUser {
  username: string;
  displayName?: string;
  role: Role;
  /** From crypto/passwords hashPassword; this module never sees a plain password. */
  passwordHash: string;
  language?: Language;
  theme?: Theme;
}

export interface Preferences {
  displayName?: string;
  language?: Language;
  theme?: Theme;
}

export interface UserRepo {
  /** Throws ConflictError when the username (case-insensitive) is taken. */
  create(input: NewUser): Promise<UserRecord>;
  findById(id: string): Promise<UserRecord | undefined>;
  findByUsername(username: string): Promise<UserRecord | undefined>;
  /** For the login path only: the record and its password hash. */
  findForLogin(username: string): Promise<{ user: UserRecord; passwordHash: string } | undefined>;
  list(options?: { page?: number; pageSize?: number; search?: string }): Promise<Page<UserRecord>>;
  /** Zero on first start, when the BFF must create the first admin. */
  count(): Promise<number>;
  /** Enabled admins: the people screen must not remove the last one. */
  countActiveAdmins(): Promise<number>;
  setRole(id: string, role: Role): Promise<UserRecord | undefined>;
  /** Disabling ends every session of that person in the same transaction. */
  setDisabled(id: string, disabled: boolean): Promise<UserRecord | undefined>;
  /** A new password ends every session of that person in the same transaction. */
  setPasswordHash(id: string, passwordHash: string): Promise<UserRecord | undefined>;
  setPreferences(id: string, prefs: Preferences): Promise<UserRecord | undefined>;
  recordLogin(id: string): Promise<void>;
}

interface Row {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  disabled: boolean;
  language: Language;
  theme: Theme;
  password_changed_at: Date;
  last_login_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS =
  'id::text, username, display_name, role, disabled, language, theme, password_changed_at, last_login_at, created_at, updated_at';

function toRecord(r: Row): UserRecord {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    disabled: r.disabled,
    language: r.language,
    theme: r.theme,
    passwordChangedAt: r.password_changed_at,
    lastLoginAt: r.last_login_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

function oneOf<T extends string>(list: readonly T[], value: string | undefined, field: string): void {
  if (value !== undefined && !list.includes(value as T)) {
    throw new StorageValidationError(`${field} must be one of ${list.join(', ')}`, field);
  }
}

function checkUsername(username: string): void {
  if (!USERNAME.test(username)) {
    throw new StorageValidationError(
      'Username must be 1-64 characters: letters, digits and . _ @ -, starting with a letter or digit',
      'username',
    );
  }
}

function checkDisplayName(name: string | undefined): void {
  if (name !== undefined && name.length > 100) {
    throw new StorageValidationError('Display name must be at most 100 characters', 'displayName');
  }
}

export function createUserRepo(db: Db, options: { now?: Clock } = {}): UserRepo {
  const now = options.now ?? systemClock;

  const one = async (q: Queryable, sql: string, params: unknown[]): Promise<UserRecord | undefined> => {
    const { rows } = await q.query<Row>(sql, params);
    return rows[0] ? toRecord(rows[0]) : undefined;
  };
  const byId = isUuid;

  return {
    async create(input) {
      checkUsername(input.username);
      checkDisplayName(input.displayName);
      oneOf(ROLES, input.role, 'role');
      oneOf(LANGUAGES, input.language, 'language');
      oneOf(THEMES, input.theme, 'theme');
      if (!input.passwordHash.startsWith('$')) {
        throw new StorageValidationError('passwordHash must be an encoded hash, not a password', 'passwordHash');
      }
      const t = now();
      try {
        const user = await one(
          db,
          `INSERT INTO users (id, username, display_name, role, password_hash, language, theme,
                              password_changed_at, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $8) RETURNING ${COLUMNS}`,
          [randomUUID(), input.username, input.displayName ?? '', input.role, input.passwordHash,
            input.language ?? 'zh-CN', input.theme ?? 'system', t],
        );
        return user!;
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError(`The username "${input.username}" is already taken`, 'username');
        throw err;
      }
    },

    findById(id) {
      if (!byId(id)) return Promise.resolve(undefined);
      return one(db, `SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
    },

    findByUsername(username) {
      return one(db, `SELECT ${COLUMNS} FROM users WHERE lower(username) = lower($1)`, [username]);
    },

    async findForLogin(username) {
      const { rows } = await db.query<Row & { password_hash: string }>(
        `SELECT ${COLUMNS}, password_hash FROM users WHERE lower(username) = lower($1)`,
        [username],
      );
      const r = rows[0];
      return r ? { user: toRecord(r), passwordHash: r.password_hash } : undefined;
    },

    async list(opts = {}) {
      const { page, pageSize, offset } = paging(opts.page, opts.pageSize);
      const search = opts.search?.trim() ? `%${opts.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c)}%` : null;
      const where = 'WHERE ($1::text IS NULL OR lower(username) LIKE $1 OR lower(display_name) LIKE $1)';
      const [items, total] = await Promise.all([
        db.query<Row>(`SELECT ${COLUMNS} FROM users ${where} ORDER BY lower(username) LIMIT $2 OFFSET $3`, [search, pageSize, offset]),
        db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users ${where}`, [search]),
      ]);
      return { items: items.rows.map(toRecord), total: total.rows[0]!.n, page, pageSize };
    },

    async count() {
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
      return rows[0]!.n;
    },

    async countActiveAdmins() {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND NOT disabled`,
      );
      return rows[0]!.n;
    },

    setRole(id, role) {
      oneOf(ROLES, role, 'role');
      if (!byId(id)) return Promise.resolve(undefined);
      return one(db, `UPDATE users SET role = $2, updated_at = $3 WHERE id = $1 RETURNING ${COLUMNS}`, [id, role, now()]);
    },

    setDisabled(id, disabled) {
      if (!byId(id)) return Promise.resolve(undefined);
      return db.transaction(async (tx) => {
        const t = now();
        const user = await one(tx, `UPDATE users SET disabled = $2, updated_at = $3 WHERE id = $1 RETURNING ${COLUMNS}`, [
          id,
          disabled,
          t,
        ]);
        if (user && disabled) await revokeUserSessions(tx, id, 'user_disabled', t);
        return user;
      });
    },

    setPasswordHash(id, passwordHash) {
      if (!passwordHash.startsWith('$')) {
        throw new StorageValidationError('passwordHash must be an encoded hash, not a password', 'passwordHash');
      }
      if (!byId(id)) return Promise.resolve(undefined);
      return db.transaction(async (tx) => {
        const t = now();
        const user = await one(
          tx,
          `UPDATE users SET password_hash = $2, password_changed_at = $3, updated_at = $3 WHERE id = $1 RETURNING ${COLUMNS}`,
          [id, passwordHash, t],
        );
        if (user) await revokeUserSessions(tx, id, 'password_changed', t);
        return user;
      });
    },

    setPreferences(id, prefs) {
      checkDisplayName(prefs.displayName);
      oneOf(LANGUAGES, prefs.language, 'language');
      oneOf(THEMES, prefs.theme, 'theme');
      if (!byId(id)) return Promise.resolve(undefined);
      return one(
        db,
        `UPDATE users SET display_name = coalesce($2, display_name), language = coalesce($3, language),
                          theme = coalesce($4, theme), updated_at = $5
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, prefs.displayName ?? null, prefs.language ?? null, prefs.theme ?? null, now()],
      );
    },

    async recordLogin(id) {
      if (!byId(id)) return;
      await db.query('UPDATE users SET last_login_at = $2 WHERE id = $1', [id, now()]);
    },
  };
}
