import type { IncomingMessage, RequestListener } from 'node:http';
import express from 'express';
import type { Logger } from 'pino';
import type { Dispatcher } from 'undici';
import { accountResolver } from './accounts/resolve';
import { defaultAccounts } from './accounts/default-account';
import { endpointPolicy } from './accounts/endpoint-policy';
import { accountsRouter } from './accounts/routes';
import { readCoalescer, type ReadCoalescer } from './actions/coalesce';
import type { ExecuteDeps } from './actions/execute';
import { fastReads } from './actions/fast-read';
import { actionsRouter } from './actions/router';
import { createInventory, inventoryRouter, type InstanceInventory, type InventorySettings } from './inventory/index';
import type { AuditLog } from './audit/audit-log';
import { writeAudit } from './audit/write-attempts';
import { auditRouter } from './audit/routes';
import { namingAudit, ResourceNames } from './audit/resource-names';
import { guardBody } from './http/body-guard';
import { chain, onlyUnder } from './http/chain';
import { compressJson } from './http/compress';
import { requireCsrfHeader } from './http/csrf';
import { crossSiteRefusal, refuseCrossSite, requireJsonBody } from './http/same-origin';
import { errorHandler, notFoundApi } from './http/error-handler';
import { httpLogger } from './http/logger';
import { requestId } from './http/request-id';
import { securityHeaderSetter } from './http/security-headers';
import { firstDataLoader } from './http/first-data';
import { spaRouter } from './http/static-spa';
import { peopleRouter } from './people/routes';
import { loadSession } from './session/load-session';
import { sessionRouter } from './session/routes';
import { setupRouter } from './session/setup';
import { requireUser } from './session/user';
import type { Storage } from './storage';

export interface AppDeps {
  logger: Logger;
  webDist: string;
  /** Serve the web build's source maps (SERVE_SOURCE_MAPS=1). */
  serveSourceMaps?: boolean;
  storage: Storage;
  /** Defaults to the storage's audit table; tests pass one that can be told to fail. */
  audit?: AuditLog;
  upstreamTimeoutMs: number;
  /** Which answer format the BFF asks MOS for (MOS_RESPONSE_FORMAT). */
  mosFormat?: 'json' | 'xml';
  setupCode?: string;
  fetchImpl?: typeof fetch;
  /** undici's pool the cloud calls go through (with `request`) when no fetchImpl is given. */
  dispatcher?: Dispatcher;
  /** Origins besides the request's own Host that may send writes (ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  /** Proxies whose X-Forwarded-* headers are believed (TRUST_PROXY); none when absent. */
  trustProxy?: readonly string[];
  /** Each cloud's default account by name or id (DEFAULT_CDS_ACCOUNT, DEFAULT_MOS_ACCOUNT): the first value, until an admin chooses. */
  defaultAccounts?: { cds?: string; mos?: string };
  /** Hosts custom cloud endpoints may name (CUSTOM_ENDPOINT_HOSTS; `*` any); any when absent. */
  endpointHosts?: readonly string[];
  /** The instance inventory (startBff makes it, to stop its schedule on close); one with `inventorySettings` when absent. */
  inventory?: InstanceInventory;
  inventorySettings?: Partial<InventorySettings>;
  /** Identical reads in flight share one call; tests pass one that counts who reached it. */
  reads?: ReadCoalescer;
}

export const HELMET_OPTIONS = {
  contentSecurityPolicy: {
    directives: {
      // Mantine injects style tags at run time; scripts stay 'self' only.
      'style-src': ["'self'", "'unsafe-inline'"],
      'upgrade-insecure-requests': null,
    },
  },
};

/** Answers about people, accounts and clouds are never for a shared or browser cache to keep. */
const noStore: express.RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/** The Express app alone (every request through Express's router stack). */
export function createApp(deps: AppDeps): express.Express {
  return createConsole(deps).app;
}

/**
 * The BFF's request listener: cloud reads by the fast path (actions/fast-read.ts), everything else
 * (and any read it does not take) by the Express app; both share one coalescer, account resolver,
 * audit log and inventory.
 */
export function createConsole(deps: AppDeps): { app: express.Express; listener: RequestListener } {
  const app = express();
  // Each cloud's default account: an admin's choice, the environment's first (accounts/default-account.ts).
  const defaults = defaultAccounts(deps.storage.cloudAccounts, deps.storage.settings, deps.defaultAccounts);
  // A write that names its resource only by id is named as the console last read it (audit/resource-names.ts).
  const names = new ResourceNames();
  // Instances listed through the inventory are named from it (it is made below, read only at request time).
  const nameOf = (account: string, type: string, id: string) =>
    names.nameOf(account, type, id) ?? (type === 'cds-instance' ? inventory.nameOf(account, id) : undefined);
  const writes = writeAudit(namingAudit(deps.audit ?? deps.storage.audit, { nameOf }));
  const audit = writes.audit;
  app.disable('x-powered-by');
  // API answers are POST results nobody revalidates: hashing every body for an ETag is wasted CPU.
  // (Static files carry their own ETag, made once per file: http/static-spa.ts.)
  app.set('etag', false);
  // X-Forwarded-For/-Proto only from the proxies the operator names: nobody picks their own
  // address for the sign-in throttle and the audit log.
  app.set('trust proxy', deps.trustProxy?.length ? deps.trustProxy : false);
  app.use(requestId);
  app.use(httpLogger(deps.logger));
  const setSecurityHeaders = securityHeaderSetter(HELMET_OPTIONS);
  app.use((_req, res, next) => {
    setSecurityHeaders(res);
    next();
  });

  const api = express.Router();
  const crossSite = crossSiteRefusal(deps.allowedOrigins);
  // One layer for the checks every API request passes (http/chain.ts: same order, same errors).
  api.use(
    chain(
      writes.track,
      noStore,
      compressJson,
      // The session first, so a write refused by the checks below is audited under its person.
      loadSession(deps.storage.sessions),
      refuseCrossSite(deps.allowedOrigins),
      requireCsrfHeader,
      requireJsonBody,
      express.json({ limit: '64kb', strict: true, type: 'application/json' }),
      guardBody,
    ),
  );
  // Open without a session: sign in, sign out, first-start setup (entered only by their paths).
  api.use(onlyUnder(['/session'], sessionRouter(deps.storage, audit)));
  api.use(onlyUnder(['/setup'], setupRouter(deps.storage, audit, deps.setupCode)));
  api.use(requireUser);
  const resolveAccount = accountResolver(deps.storage.cloudAccounts, { mosFormat: deps.mosFormat, chooser: defaults });
  const inventory =
    deps.inventory ?? createInventory({ settings: deps.inventorySettings, upstreamTimeoutMs: deps.upstreamTimeoutMs, fetchImpl: deps.fetchImpl, dispatcher: deps.dispatcher, log: deps.logger });
  // Cloud actions first: nearly every request is one, and the routers below would match it in vain.
  const execute: ExecuteDeps = {
    audit,
    resolveAccount,
    upstreamTimeoutMs: deps.upstreamTimeoutMs,
    fetchImpl: deps.fetchImpl,
    dispatcher: deps.dispatcher,
    reads: deps.reads ?? readCoalescer(),
    afterCall: (def, accountId, data) => {
      inventory.observe(def, accountId, data);
      names.observe(def, accountId, data);
    },
  };
  api.use(actionsRouter(execute));
  api.use(peopleRouter(deps.storage, audit));
  api.use(accountsRouter(deps.storage.cloudAccounts, audit, deps.upstreamTimeoutMs, deps.mosFormat, endpointPolicy(deps.endpointHosts ?? ['*']), defaults));
  api.use(auditRouter(deps.storage.audit));
  api.use(inventoryRouter(inventory, resolveAccount));
  api.use(notFoundApi);
  api.use(writes.auditUnrecorded);
  app.use('/api', api);

  app.use(
    spaRouter(deps.webDist, {
      serveSourceMaps: deps.serveSourceMaps,
      firstData: firstDataLoader(deps.storage.sessions, deps.storage.cloudAccounts, defaults),
    }),
  );
  app.use(errorHandler);

  const fast = fastReads({
    logger: deps.logger,
    sessions: deps.storage.sessions,
    crossSite,
    setSecurityHeaders,
    execute,
    ipOf: requestIp(app),
  });
  const listener: RequestListener = (req, res) => {
    if (!fast(req, res)) app(req, res);
  };
  return { app, listener };
}

/** req.ip as Express works it out for `app` (its `trust proxy` setting), for a request Express has not seen. */
function requestIp(app: express.Express): (req: IncomingMessage) => string {
  return (req) => {
    const view = Object.create(app.request, { headers: { value: req.headers }, socket: { value: req.socket }, connection: { value: req.socket } }) as express.Request;
    return view.ip ?? '';
  };
}
