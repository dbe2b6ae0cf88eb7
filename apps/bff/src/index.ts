import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { configuredHosts } from './accounts/endpoint-policy';
import { guardedAgent } from './accounts/guarded-fetch';
import type { ReadCoalescer } from './actions/coalesce';
import { createConsole } from './app';
import { createInventory } from './inventory/index';
import type { AuditLog } from './audit/audit-log';
import type { BffConfig } from './config';
import { loadMasterKey } from './crypto/master-key';
import { createLogger } from './http/logger';
import { bootstrap } from './session/bootstrap';
import { openStorage, type Storage } from './storage';

export { createApp } from './app';
export { configFromEnv, DEMO_SIM_KEY, type BffConfig } from './config';
export type { Storage } from './storage';
export { memoryAuditLog, fileAuditLog, type AuditEntry, type AuditLog } from './audit/audit-log';
export { ENV_ACCOUNT_NAME } from './session/bootstrap';

export interface RunningBff {
  url: string;
  port: number;
  /** Set when nobody exists yet and no CONSOLE_ADMIN_PASSWORD was given: print it for /setup. */
  setupCode?: string;
  storage: Storage;
  close(): Promise<void>;
}

/** Opens (and migrates) the console's storage for a config: PGlite in DATA_DIR or DATABASE_URL. */
export async function openConsoleStorage(config: BffConfig): Promise<Storage> {
  const inMemory = config.dataDir === ':memory:';
  const masterKey =
    config.masterKey || !inMemory
      ? (
          await loadMasterKey({
            env: { CONSOLE_MASTER_KEY: config.masterKey },
            keyFile: path.join(config.dataDir, 'master.key'),
          })
        ).key
      : randomBytes(32);
  return openStorage({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    masterKey,
    session: config.session,
    pglite: config.pglite,
  });
}

/** Starts the BFF on config.port (0 = any free port) and resolves once it listens. */
export async function startBff(
  config: BffConfig,
  overrides: {
    audit?: AuditLog;
    storage?: Storage;
    logStream?: NodeJS.WritableStream;
    fetchImpl?: typeof fetch;
    /** Every request through the Express app, cloud reads too (to compare the two paths in tests). */
    expressOnly?: boolean;
    /** The read coalescer (tests count the reads that reach it). */
    reads?: ReadCoalescer;
  } = {},
): Promise<RunningBff> {
  const logger = createLogger(config.logLevel, overrides.logStream);
  const storage = overrides.storage ?? (await openConsoleStorage(config));
  const { setupCode } = await bootstrap(storage, config, logger);
  // Every cloud call connects through the guarded lookup: never to a metadata address, whatever a name resolves to.
  const fetchImpl = overrides.fetchImpl;
  const dispatcher = fetchImpl ? undefined : guardedAgent();
  const inventory = createInventory({
    settings: config.inventory,
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    fetchImpl,
    dispatcher,
    log: logger,
  });
  const { app, listener } = createConsole({
    inventory,
    logger,
    webDist: config.webDist,
    serveSourceMaps: config.serveSourceMaps,
    storage,
    audit: overrides.audit,
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    mosFormat: config.mosFormat,
    setupCode,
    fetchImpl,
    dispatcher,
    trustProxy: config.trustProxy,
    defaultAccounts: config.defaultAccounts,
    endpointHosts: config.customEndpointHosts?.length
      ? config.customEndpointHosts
      : configuredHosts(config.cds.endpoint, config.mos?.endpoint),
    allowedOrigins: config.allowedOrigins,
    reads: overrides.reads,
  });
  // Cloud reads by the fast path, the rest by Express (app.ts); `expressOnly` (tests) sends all to Express.
  const server = createServer(overrides.expressOnly ? app : listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (err: unknown) => {
    if (!overrides.storage) await storage.close();
    throw err;
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${config.host}:${port}`,
    port,
    setupCode,
    storage,
    close: async () => {
      inventory.close();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      if (!overrides.storage) await storage.close();
    },
  };
}
