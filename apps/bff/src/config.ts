import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { PgliteOptions } from './storage/db';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');

/** The embedded simulator's demo key pair; only ever used against the local simulator. */
export const DEMO_SIM_KEY = {
  id: 'AKDEMO0000000000000001',
  secret: 'SKdemo-local-simulator-secret-0001',
};
const DEFAULT_CDS_ENDPOINT = 'http://127.0.0.1:8787';

/** A comma-separated setting as a list; blank means none. */
const list = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);
/** What Express's "trust proxy" takes by name: an address, a CIDR range, or a named range. */
const PROXY_NAME = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/;

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().default('127.0.0.1'),
    CDS_ENDPOINT: z.url({ message: 'CDS_ENDPOINT must be a URL such as https://cdsapi.capitalonline.net' }).default(DEFAULT_CDS_ENDPOINT),
    CDS_ACCESS_KEY_ID: z.string().min(1).optional(),
    CDS_ACCESS_KEY_SECRET: z.string().min(1).optional(),
    UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WEB_DIST: z.string().default(path.join(repoRoot, 'apps/web/dist')),
    DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL').optional(),
    CONSOLE_MASTER_KEY: z.string().optional(),
    CONSOLE_ADMIN_USERNAME: z.string().default('admin'),
    CONSOLE_ADMIN_PASSWORD: z.string().optional(),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
    SERVE_SOURCE_MAPS: z.enum(['0', '1', 'false', 'true'], { message: 'SERVE_SOURCE_MAPS must be 1 or 0' }).default('0'),
    MOS_ENDPOINT: z.url({ message: 'MOS_ENDPOINT must be a URL such as https://mosapi.example.com/mcs/v1' }).optional(),
    MOS_REGION: z.string().min(1).max(64).optional(),
    MOS_ACCESS_KEY_ID: z.string().min(1).optional(),
    MOS_ACCESS_KEY_SECRET: z.string().min(1).optional(),
    MOS_RESPONSE_FORMAT: z.enum(['json', 'xml'], { message: 'MOS_RESPONSE_FORMAT must be json or xml' }).default('json'),
    TRUST_PROXY: z
      .string()
      .default('')
      .transform(list)
      .refine((l) => l.every((p) => PROXY_NAME.test(p)), 'TRUST_PROXY lists proxy addresses or ranges (10.0.0.2, 10.0.0.0/8) or loopback, linklocal, uniquelocal'),
    CUSTOM_ENDPOINT_HOSTS: z
      .string()
      .default('')
      .transform(list)
      .refine((l) => l.every((h) => h === '*' || /^[A-Za-z0-9.:[\]-]+$/.test(h)), 'CUSTOM_ENDPOINT_HOSTS lists host names or addresses, or *'),
    DEFAULT_CDS_ACCOUNT: z.string().trim().max(128).optional(),
    INVENTORY_REFRESH_SECONDS: z.coerce.number().int().min(5, 'INVENTORY_REFRESH_SECONDS is 5 to 3600').max(3600, 'INVENTORY_REFRESH_SECONDS is 5 to 3600').default(30),
    INVENTORY_CONCURRENCY: z.coerce.number().int().min(1, 'INVENTORY_CONCURRENCY is 1 to 32').max(32, 'INVENTORY_CONCURRENCY is 1 to 32').default(8),
    DEFAULT_MOS_ACCOUNT: z.string().trim().max(128).optional(),
    ALLOWED_ORIGINS: z
      .string()
      .default('')
      .transform(list)
      .refine((l) => l.every((o) => /^https?:\/\/[^/]+$/.test(o)), 'ALLOWED_ORIGINS lists origins such as https://console.example.com'),
  })
  .refine((e) => !e.MOS_ENDPOINT || (e.MOS_ACCESS_KEY_ID && e.MOS_ACCESS_KEY_SECRET), {
    message: 'MOS_ACCESS_KEY_ID and MOS_ACCESS_KEY_SECRET are required when MOS_ENDPOINT is set',
  })
  .refine(
    (e) =>
      e.CDS_ENDPOINT === DEFAULT_CDS_ENDPOINT || (e.CDS_ACCESS_KEY_ID && e.CDS_ACCESS_KEY_SECRET),
    { message: 'CDS_ACCESS_KEY_ID and CDS_ACCESS_KEY_SECRET are required when CDS_ENDPOINT is not the local simulator' },
  );

export interface BffConfig {
  port: number;
  host: string;
  cds: { endpoint: string; accessKeyId: string; secret: string };
  upstreamTimeoutMs: number;
  logLevel: string;
  webDist: string;
  /** Console data folder (PGlite, master key file); ':memory:' keeps everything in memory. */
  dataDir: string;
  databaseUrl?: string;
  masterKey?: string;
  /** The first admin, created at start when nobody exists yet. */
  admin: { username: string; password?: string };
  session: { idleMs: number; absoluteMs: number };
  /** Serve the web build's *.map files (they show the source to anyone who asks); off by default. */
  serveSourceMaps?: boolean;
  /** The MOS account "Default (environment)" is kept in step with this when set (MOS_ENDPOINT …). */
  mos?: { endpoint: string; region?: string; accessKeyId: string; secret: string };
  /** Which answer format the BFF asks MOS for (it reads either). */
  mosFormat?: 'json' | 'xml';
  /** Proxies whose X-Forwarded-For/-Proto are believed (TRUST_PROXY); none by default. */
  trustProxy?: string[];
  /** Origins besides the console's own Host that may send writes (ALLOWED_ORIGINS). */
  allowedOrigins?: string[];
  /** Each cloud's default account by name or id; the environment's account otherwise. */
  defaultAccounts?: { cds?: string; mos?: string };
  /** Hosts custom cloud endpoints may name (CUSTOM_ENDPOINT_HOSTS); the configured endpoints' when empty. */
  customEndpointHosts?: string[];
  /** The instance inventory's schedule and parallel page reads (INVENTORY_REFRESH_SECONDS, INVENTORY_CONCURRENCY). */
  inventory?: { refreshMs: number; concurrency: number };
  /** Not from the environment: how a new embedded database starts (tests: from a template, no initdb). */
  pglite?: PgliteOptions;
}

/** Reads the environment once at start; a bad value stops the start with a clear message. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): BffConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`);
    throw new Error(`Invalid BFF configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    cds: {
      endpoint: e.CDS_ENDPOINT,
      accessKeyId: e.CDS_ACCESS_KEY_ID ?? DEMO_SIM_KEY.id,
      secret: e.CDS_ACCESS_KEY_SECRET ?? DEMO_SIM_KEY.secret,
    },
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    masterKey: e.CONSOLE_MASTER_KEY,
    admin: { username: e.CONSOLE_ADMIN_USERNAME, password: e.CONSOLE_ADMIN_PASSWORD },
    session: { idleMs: e.SESSION_IDLE_MINUTES * 60_000, absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000 },
    serveSourceMaps: e.SERVE_SOURCE_MAPS === '1' || e.SERVE_SOURCE_MAPS === 'true',
    mos: e.MOS_ENDPOINT
      ? { endpoint: e.MOS_ENDPOINT, region: e.MOS_REGION, accessKeyId: e.MOS_ACCESS_KEY_ID!, secret: e.MOS_ACCESS_KEY_SECRET! }
      : undefined,
    mosFormat: e.MOS_RESPONSE_FORMAT,
    trustProxy: e.TRUST_PROXY,
    allowedOrigins: e.ALLOWED_ORIGINS,
    customEndpointHosts: e.CUSTOM_ENDPOINT_HOSTS,
    defaultAccounts: { cds: e.DEFAULT_CDS_ACCOUNT || undefined, mos: e.DEFAULT_MOS_ACCOUNT || undefined },
    inventory: { refreshMs: e.INVENTORY_REFRESH_SECONDS * 1000, concurrency: e.INVENTORY_CONCURRENCY },
  };
}
