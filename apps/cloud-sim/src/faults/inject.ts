import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { FaultPicker, faultPlan, type FaultKind, type FaultPlan, type FaultProvider } from './plan';

/** Where the simulator's own admin route lives, on both ports (never faulted, not an API path). */
export const FAULTS_PATH = '/_sim/faults';

/** Calls seen per "product/Action": how many arrived, reached their handler, and met each fault. */
export type FaultCounters = Record<string, { received: number; handled: number } & Partial<Record<FaultKind, number>>>;

/** How one cloud's calls are told apart and how that cloud answers a 5xx or throttling. */
export interface FaultWire {
  provider: FaultProvider;
  /** The product and action of a call, read leniently (a call the cloud will refuse still counts). */
  scopeOf(req: Request): { product: string; action?: string };
  /** The cloud's own answers; `n` is the call's number under its product/Action (codes alternate by it). */
  serverError(req: Request, res: Response, n: number): void;
  throttled(req: Request, res: Response, n: number): void;
}

/**
 * Faults on demand in front of each cloud's router, one plan for both (rules may name a
 * provider). Latency delays the call; drop closes the connection unanswered, 5xx and throttling
 * answer without running the action (so a write met by them did not happen), malformed and
 * truncated bodies run the action and spoil its answer (a write met by them did happen: the
 * caller cannot tell, as with a real proxy).
 */
export class FaultInjector {
  private picker: FaultPicker;
  counters: FaultCounters = {};

  constructor(
    plan: FaultPlan,
    private log: Logger,
  ) {
    this.picker = new FaultPicker(plan);
  }

  get plan(): FaultPlan {
    return this.picker.plan;
  }

  set(plan: FaultPlan) {
    this.picker = new FaultPicker(plan);
    this.counters = {};
  }

  /** The faults of one cloud's calls; mount it where the call's product and action can be read. */
  middlewareFor(wire: FaultWire) {
    return (req: Request, res: Response, next: NextFunction) => {
      const { product, action } = wire.scopeOf(req);
      const decision = this.picker.decide(wire.provider, product, action);
      const key = `${product}/${action ?? ''}`;
      const count = (this.counters[key] ??= { received: 0, handled: 0 });
      count.received++;
      if (decision.kind !== 'none') count[decision.kind] = (count[decision.kind] ?? 0) + 1;
      if (decision.kind !== 'none') this.log.info({ provider: wire.provider, product, action, fault: decision.kind }, 'fault injected');
      const go = () => {
        switch (decision.kind) {
          case 'drop':
            req.socket.destroy();
            return;
          case 'error5xx':
            return wire.serverError(req, res, count.received);
          case 'throttle':
            return wire.throttled(req, res, count.received);
          case 'malformed':
          case 'truncated':
            spoil(res, decision.kind);
            break;
        }
        count.handled++;
        next();
      };
      if (decision.latencyMs > 0) setTimeout(go, decision.latencyMs);
      else go();
    };
  }

  /** In front of the CDS router. */
  readonly middleware = this.middlewareFor({
    provider: 'cds',
    scopeOf: (req) => ({ product: req.path.split('/')[1] ?? '', action: actionOf(req.originalUrl) }),
    serverError: (_req, res, n) => sendFault(res, n % 2 ? SERVER_ERROR : UNAVAILABLE),
    throttled: (_req, res) => sendFault(res, THROTTLED),
  });

  /** GET the plan and the counters; PUT a new plan (counters start again); DELETE to stop all faults. */
  adminRouter(): express.Router {
    const router = express.Router();
    router.use(FAULTS_PATH, express.json({ limit: '64kb' }));
    router.get(FAULTS_PATH, (_req, res) => {
      res.json({ plan: this.plan, counters: this.counters });
    });
    router.put(FAULTS_PATH, (req, res) => {
      const body: unknown = req.body;
      const parsed = faultPlan.safeParse(Array.isArray(body) ? { rules: body } : body);
      if (!parsed.success) {
        const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'plan'}: ${i.message}`).join('; ');
        res.status(400).json({ error: `Not a fault plan: ${why}` });
        return;
      }
      this.set(parsed.data);
      this.log.warn({ plan: parsed.data }, 'fault plan set');
      res.json({ plan: this.plan });
    });
    router.delete(FAULTS_PATH, (_req, res) => {
      this.set({ rules: [] });
      res.json({ plan: this.plan });
    });
    return router;
  }
}

/** The cloud's answers for injected faults: the Aliyun-style codes CDS copies (the document names none). */
const SERVER_ERROR = [500, 'InternalError', 'The request processing has failed due to some unknown error.'] as const;
const UNAVAILABLE = [503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.'] as const;
const THROTTLED = [400, 'Throttling.User', 'Request was denied due to user flow control.'] as const;

function sendFault(res: Response, [status, code, message]: readonly [number, string, string]) {
  res.status(status).json({ Code: code, Message: message, RequestId: randomUUID() });
}

/**
 * Replaces this answer's body (JSON or XML: whatever reaches res.send) with a spoilt one: half
 * of it and an HTML proxy page, or half of it and a cut connection.
 */
function spoil(res: Response, how: 'malformed' | 'truncated') {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : JSON.stringify(body);
    const half = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
    if (how === 'malformed') return send(`${half}<html>502 Bad Gateway</html>`);
    res.set('Content-Length', String(Buffer.byteLength(text)));
    if (!res.get('Content-Type')) res.type('application/json');
    res.write(half, () => res.socket?.destroy());
    return res;
  };
}

function actionOf(url: string): string | undefined {
  const q = url.indexOf('?');
  if (q === -1) return undefined;
  try {
    return new URLSearchParams(url.slice(q + 1)).get('Action') ?? undefined;
  } catch {
    return undefined;
  }
}
