import { randomUUID } from 'node:crypto';
import type { SecretBox } from '../crypto/secret-box';
import type { Db } from './db';
import { type Clock, ConflictError, isUniqueViolation, isUuid, StorageValidationError, systemClock } from './errors';

/**
 * Cloud accounts (AccessKey pairs) the console acts with. The secret is sealed with AES-256-GCM
 * (bound to the row id) before it reaches SQL, and no method but getCredentials ever decrypts it:
 * list/get/create/update return the id and a masked hint only, so a route that serialises a
 * CloudAccount cannot leak a secret.
 */
export const PROVIDERS = ['cds', 'mos'] as const;
export type CloudProvider = (typeof PROVIDERS)[number];
/** Mainland China, Asia-Pacific, Americas/Europe, or a custom endpoint URL. */
export const ENDPOINT_AREAS = ['mainland', 'asia-pacific', 'americas-europe', 'custom'] as const;
export type EndpointArea = (typeof ENDPOINT_AREAS)[number];

export interface CloudAccount {
  id: string;
  provider: CloudProvider;
  name: string;
  accessKeyId: string;
  /** `****` and the secret's last 4 characters (only `****` for short secrets). */
  secretHint: string;
  endpointArea: EndpointArea;
  /** Set exactly when endpointArea is 'custom'. */
  endpointUrl: string | null;
  /** MOS only: the region sent (and signed) with each call, e.g. Beijing. */
  region: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewCloudAccount {
  provider: CloudProvider;
  name: string;
  accessKeyId: string;
  secret: string;
  endpointArea: EndpointArea;
  endpointUrl?: string | null;
  /** MOS only. */
  region?: string | null;
  createdBy?: string;
}

/** Fields left out stay as they are; a new secret is sealed again. */
export type CloudAccountChanges = Partial<Omit<NewCloudAccount, 'provider' | 'createdBy'>>;

/** For the BFF's signing path only. Resolving the area to a host is the cloud client's job. */
export interface CloudCredentials {
  id: string;
  provider: CloudProvider;
  accessKeyId: string;
  secret: string;
  endpointArea: EndpointArea;
  endpointUrl: string | null;
  region: string | null;
}

export interface CloudAccountRepo {
  /** Throws ConflictError when the provider already has an account with that name (any case). */
  create(input: NewCloudAccount): Promise<CloudAccount>;
  list(filter?: { provider?: CloudProvider }): Promise<CloudAccount[]>;
  get(id: string): Promise<CloudAccount | undefined>;
  update(id: string, changes: CloudAccountChanges): Promise<CloudAccount | undefined>;
  delete(id: string): Promise<boolean>;
  /** Decrypts the secret. Throws SecretBoxError (with a clear message) under a wrong master key. */
  getCredentials(id: string): Promise<CloudCredentials | undefined>;
}

export function secretHint(secret: string): string {
  const chars = [...secret];
  return chars.length >= 12 ? `****${chars.slice(-4).join('')}` : '****';
}

interface Row {
  id: string;
  provider: CloudProvider;
  name: string;
  access_key_id: string;
  secret_hint: string;
  endpoint_area: EndpointArea;
  endpoint_url: string | null;
  region: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

// secret_sealed is deliberately absent: only getCredentials selects it.
const COLUMNS = 'id::text, provider, name, access_key_id, secret_hint, endpoint_area, endpoint_url, region, created_by, created_at, updated_at';

function toAccount(r: Row): CloudAccount {
  return {
    id: r.id,
    provider: r.provider,
    name: r.name,
    accessKeyId: r.access_key_id,
    secretHint: r.secret_hint,
    endpointArea: r.endpoint_area,
    endpointUrl: r.endpoint_url,
    region: r.region,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function invalid(field: string, message: string): never {
  throw new StorageValidationError(message, field);
}

function checkText(field: string, label: string, value: string, max: number): string {
  const v = value.trim();
  if (v === '') invalid(field, `${label} is required`);
  if (v.length > max) invalid(field, `${label} must be at most ${max} characters`);
  if ([...v].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
    invalid(field, `${label} must not contain control characters`);
  }
  return v;
}

/** The area and URL together: a URL exactly for 'custom', http(s) only, no credentials in it. */
function endpoint(area: string, url: string | null | undefined): { area: EndpointArea; url: string | null } {
  if (!ENDPOINT_AREAS.includes(area as EndpointArea)) invalid('endpointArea', `endpointArea must be one of ${ENDPOINT_AREAS.join(', ')}`);
  if (area !== 'custom') return { area: area as EndpointArea, url: null };
  if (!url?.trim()) invalid('endpointUrl', 'A custom endpoint needs its URL, e.g. https://cdsapi.example.com');
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    invalid('endpointUrl', 'The endpoint URL is not a valid URL');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') invalid('endpointUrl', 'The endpoint URL must start with https:// or http://');
  if (u.username || u.password) invalid('endpointUrl', 'The endpoint URL must not contain a user name or password');
  if (u.search || u.hash) invalid('endpointUrl', 'The endpoint URL must not contain a query or fragment');
  return { area: 'custom', url: u.toString().replace(/\/+$/, '') };
}

/**
 * MOS has one endpoint per region, given on the account's settings page: always a URL (the
 * areas are CDS hosts), and a region only for MOS.
 */
function providerRules(provider: CloudProvider, area: EndpointArea, region: string | null | undefined): string | null {
  if (provider === 'mos' && area !== 'custom') {
    invalid('endpointUrl', 'A MOS account needs its endpoint URL (from the MOS account settings page), e.g. https://mosapi.example.com/mcs/v1');
  }
  if (region === undefined || region === null || region.trim() === '') return null;
  if (provider !== 'mos') invalid('region', 'Only MOS accounts have a region (CDS calls name their RegionId)');
  const r = checkText('region', 'Region', region, 64);
  if (!/^[\p{L}\p{N}_.-]+$/u.test(r)) invalid('region', 'Region must be letters, digits, _ . - (e.g. Beijing)');
  return r;
}

export function createCloudAccountRepo(db: Db, box: SecretBox, options: { now?: Clock } = {}): CloudAccountRepo {
  const now = options.now ?? systemClock;

  const conflict = (err: unknown, name: string): never => {
    if (isUniqueViolation(err)) throw new ConflictError(`A cloud account named "${name}" already exists for this provider`, 'name');
    throw err;
  };

  const get = async (id: string): Promise<CloudAccount | undefined> => {
    if (!isUuid(id)) return undefined;
    const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM cloud_accounts WHERE id = $1`, [id]);
    return rows[0] ? toAccount(rows[0]) : undefined;
  };

  return {
    async create(input) {
      if (!PROVIDERS.includes(input.provider)) invalid('provider', `provider must be one of ${PROVIDERS.join(', ')}`);
      const name = checkText('name', 'Name', input.name, 100);
      const accessKeyId = checkText('accessKeyId', 'AccessKey ID', input.accessKeyId, 128);
      const secret = checkText('secret', 'AccessKey secret', input.secret, 512);
      const ep = endpoint(input.endpointArea, input.endpointUrl);
      const region = providerRules(input.provider, ep.area, input.region);
      const id = randomUUID();
      const t = now();
      try {
        const { rows } = await db.query<Row>(
          `INSERT INTO cloud_accounts (id, provider, name, access_key_id, secret_sealed, secret_hint,
                                       endpoint_area, endpoint_url, region, created_by, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING ${COLUMNS}`,
          [id, input.provider, name, accessKeyId, box.seal(secret, id), secretHint(secret), ep.area, ep.url,
            region, input.createdBy ?? null, t],
        );
        return toAccount(rows[0]!);
      } catch (err) {
        return conflict(err, name);
      }
    },

    async list(filter = {}) {
      const { rows } = await db.query<Row>(
        `SELECT ${COLUMNS} FROM cloud_accounts WHERE ($1::text IS NULL OR provider = $1) ORDER BY provider, lower(name)`,
        [filter.provider ?? null],
      );
      return rows.map(toAccount);
    },

    get,

    async update(id, changes) {
      const current = await get(id);
      if (!current) return undefined;
      const name = changes.name === undefined ? current.name : checkText('name', 'Name', changes.name, 100);
      const accessKeyId =
        changes.accessKeyId === undefined ? current.accessKeyId : checkText('accessKeyId', 'AccessKey ID', changes.accessKeyId, 128);
      const secret = changes.secret === undefined ? undefined : checkText('secret', 'AccessKey secret', changes.secret, 512);
      const ep = endpoint(
        changes.endpointArea ?? current.endpointArea,
        changes.endpointUrl === undefined ? current.endpointUrl : changes.endpointUrl,
      );
      const region = providerRules(current.provider, ep.area, changes.region === undefined ? current.region : changes.region);
      try {
        const { rows } = await db.query<Row>(
          `UPDATE cloud_accounts SET name = $2, access_key_id = $3,
                  secret_sealed = coalesce($4, secret_sealed), secret_hint = coalesce($5, secret_hint),
                  endpoint_area = $6, endpoint_url = $7, region = $8, updated_at = $9
           WHERE id = $1 RETURNING ${COLUMNS}`,
          [id, name, accessKeyId, secret === undefined ? null : box.seal(secret, id),
            secret === undefined ? null : secretHint(secret), ep.area, ep.url, region, now()],
        );
        return rows[0] ? toAccount(rows[0]) : undefined;
      } catch (err) {
        return conflict(err, name);
      }
    },

    async delete(id) {
      if (!isUuid(id)) return false;
      const r = await db.query('DELETE FROM cloud_accounts WHERE id = $1', [id]);
      return r.rowCount > 0;
    },

    async getCredentials(id) {
      if (!isUuid(id)) return undefined;
      const { rows } = await db.query<Row & { secret_sealed: string }>(
        `SELECT ${COLUMNS}, secret_sealed FROM cloud_accounts WHERE id = $1`,
        [id],
      );
      const r = rows[0];
      if (!r) return undefined;
      return {
        id: r.id,
        provider: r.provider,
        accessKeyId: r.access_key_id,
        secret: box.open(r.secret_sealed, r.id),
        endpointArea: r.endpoint_area,
        endpointUrl: r.endpoint_url,
        region: r.region,
      };
    },
  };
}
