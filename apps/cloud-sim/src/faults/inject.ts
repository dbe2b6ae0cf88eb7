import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { FaultPicker, faultPlan, type FaultKind, type FaultPlan } from './plan';

/** Where the simulator's own admin route lives (never faulted, not a CDS path). */
export const FAULTS_PATH = '/_sim/faults';

/** Calls seen per "product/Action": how many arrived, reached their handler, and met each fault. */
export type FaultCounters = Record<string, { received: number; handled: number } & Partial<Record<FaultKind, number>>>;

/**
 * Faults on demand in front of the CDS router. Latency delays the call; drop closes the
 * connection unanswered, 5xx and throttling answer without running the action (so a write
 * met by them did not happen), malformed and truncated bodies run the action and spoil its
 * answer (a write met by them did happen: the caller cannot tell, as with a real proxy).
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

  readonly middleware = (req: Request, res: Response, next: NextFunction) => {
    const product = req.path.split('/')[1] ?? '';
    const action = actionOf(req.originalUrl);
    const decision = this.picker.decide(product, action);
    const key = `${product}/${action ?? ''}`;
    const count = (this.counters[key] ??= { received: 0, handled: 0 });
    count.received++;
    if (decision.kind !== 'none') count[decision.kind] = (count[decision.kind] ?? 0) + 1;
    if (decision.kind !== 'none') this.log.info({ product, action, fault: decision.kind }, 'fault injected');
    const go = () => {
      switch (decision.kind) {
        case 'drop':
          req.socket.destroy();
          return;
        case 'error5xx':
          return sendFault(res, count.received % 2 ? SERVER_ERROR : UNAVAILABLE);
        case 'throttle':
          return sendFault(res, THROTTLED);
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

/** Replaces this answer's JSON with a spoilt one: half of it and garbage, or half of it and a cut connection. */
function spoil(res: Response, how: 'malformed' | 'truncated') {
  res.json = (body: unknown) => {
    const text = JSON.stringify(body);
    const half = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
    if (how === 'malformed') {
      res.type('application/json').send(`${half}<html>502 Bad Gateway</html>`);
      return res;
    }
    res.status(res.statusCode).set({ 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) });
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
