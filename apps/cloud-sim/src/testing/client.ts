import { signCdsQuery, toQueryString } from '@console/cloud-client';
import { startSimulator, type Simulator, type SimulatorOptions } from '../index';

/** The key pair tests run the simulator with. */
export const TEST_KEY = { accessKeyId: 'AKTESTSIM0000000000001', secret: 'SKtest-sim-secret-0001' };

/** A parsed answer as tests look at it: keys checked by the assertions themselves. */
export type Json = Record<string, any>;

export interface Answer {
  status: number;
  body: Json;
}

export const readJson = async (res: Response): Promise<Json> => (await res.json()) as Json;

/** A simulator on a random port with the test key, quiet logs and fast tasks unless told otherwise. */
export function startTestSim(opts: SimulatorOptions = {}): Promise<Simulator> {
  return startSimulator({ port: 0, logLevel: 'silent', taskMs: 200, ...TEST_KEY, ...opts });
}

async function send(url: string, init: RequestInit): Promise<Answer> {
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/**
 * Calls the simulator as the console's client does (cloud-client's signer): GET carries the
 * parameters in the signed query, POST sends them as an unsigned JSON body.
 */
export function cdsClient(sim: Simulator, key = TEST_KEY) {
  const call = (method: 'GET' | 'POST', path: string, action: string, params: Record<string, unknown> = {}) => {
    const query: Record<string, string> = {};
    if (method === 'GET') {
      for (const [k, v] of Object.entries(params)) query[k] = typeof v === 'string' ? v : JSON.stringify(v);
    }
    const signed = signCdsQuery({ method, action, accessKeyId: key.accessKeyId, secret: key.secret, query });
    return send(`${sim.url}${path}?${toQueryString(signed)}`, {
      method,
      body: method === 'POST' ? JSON.stringify(params) : undefined,
    });
  };
  return {
    call,
    get: (path: string, action: string, params?: Record<string, unknown>) => call('GET', path, action, params),
    post: (path: string, action: string, params?: Record<string, unknown>) => call('POST', path, action, params),
  };
}

export type CdsClient = ReturnType<typeof cdsClient>;

/** Polls DescribeTask until the task reaches `status` (or FINISH/ERROR), returning each status seen. */
export async function waitForTask(client: CdsClient, taskId: string, timeoutMs = 5000) {
  const seen: string[] = [];
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await client.get('/ccs', 'DescribeTask', { TaskId: taskId });
    if (r.status !== 200) throw new Error(`DescribeTask ${taskId}: ${JSON.stringify(r.body)}`);
    const status = r.body.Data.Status as string;
    if (seen[seen.length - 1] !== status) seen.push(status);
    if (status === 'FINISH' || status === 'ERROR') return { answer: r.body, seen };
    if (Date.now() > until) throw new Error(`task ${taskId} still ${status}`);
    await new Promise((res) => setTimeout(res, 10));
  }
}

export const STRONG_PASSWORD = 'Str0ng!Pass';
