import { startSimulator } from '@console/cloud-sim';
import { memoryAuditLog, openConsoleStorage, startBff, type AuditEntry, type BffConfig } from '../src/index';
import type { ReadCoalescer } from '../src/actions/coalesce';
import { bffConfig, signIn, SIM_KEY } from './fake-upstream';

export interface Harness {
  bffUrl: string;
  cookie: string;
  sim: Awaited<ReturnType<typeof startSimulator>>;
  audit: ReturnType<typeof memoryAuditLog>;
  call(path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  action(product: string, action: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** A simulator and a BFF in front of it, both over real HTTP on loopback. */
export async function startHarness(
  opts: {
    taskMs?: number;
    logStream?: NodeJS.WritableStream;
    /** BFF settings over the test defaults; a function gets the started simulator (its MOS url). */
    bff?: Partial<BffConfig> | ((sim: Awaited<ReturnType<typeof startSimulator>>) => Partial<BffConfig>);
    fetchImpl?: typeof fetch;
    /** The BFF's read coalescer (actions/coalesce.ts); its own by default. */
    reads?: ReadCoalescer;
    /** The simulator's instance count (SIM_INSTANCES); its 42-instance demo world by default. */
    instances?: number;
  } = {},
): Promise<Harness> {
  const sim = await startSimulator({ port: 0, accessKeyId: SIM_KEY.id, secret: SIM_KEY.secret, taskMs: opts.taskMs ?? 150, logLevel: 'silent', instances: opts.instances });
  const extra = typeof opts.bff === 'function' ? opts.bff(sim) : opts.bff;
  const config = bffConfig(sim.url, { ...(opts.logStream ? { logLevel: 'debug' } : {}), ...extra });
  const storage = await openConsoleStorage(config);
  // Entries are kept in memory for assertions and written to the real audit table too;
  // `failing` makes every write fail, as a broken database would.
  const audit = memoryAuditLog();
  const memoryRecord = audit.record;
  audit.record = async (e: AuditEntry) => {
    await memoryRecord(e);
    await storage.audit.record(e);
  };
  const bff = await startBff(config, { audit, storage, logStream: opts.logStream, fetchImpl: opts.fetchImpl, reads: opts.reads });
  const cookie = await signIn(bff.url);
  const call = async (path: string, body?: unknown, headers: Record<string, string> = { 'X-CSRF': '1' }) => {
    const res = await fetch(bff.url + path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  return {
    bffUrl: bff.url,
    cookie,
    sim,
    audit,
    call,
    action: (product, action, body = {}) => call(`/api/actions/cds/${product}/${action}`, body),
    close: async () => {
      await bff.close();
      await storage.close();
      await sim.close();
    },
  };
}

export async function waitForTask(h: Harness, taskId: string, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await h.action('ccs', 'DescribeTask', { TaskId: taskId });
    if (r.status !== 200) throw new Error(`DescribeTask failed: ${JSON.stringify(r.body)}`);
    if (r.body.data.status === 'FINISH' || r.body.data.status === 'ERROR') return r.body.data;
    if (Date.now() > until) throw new Error(`task ${taskId} still ${r.body.data.status}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}
