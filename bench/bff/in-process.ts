/**
 * The BFF's own CPU per read, without the simulator or a load generator beside it: one process
 * runs the BFF of a checkout (startBff, signed in as the benchmark does) whose cloud answers come
 * from memory (DescribeInstances answers of the simulator, 20–42 instances, by PageSize), and a
 * keep-alive client in the same process. A second server in the same process, the bare
 * pass-through's work (sign, call, JSON.stringify the answer) over the same in-memory cloud, is
 * measured the same way: the difference is what the BFF adds. Steadier on a shared machine than
 * bff-overhead.bench.ts (CPU time of one process, one core, no competing servers of ours).
 * Run: pnpm exec tsx bench/bff/in-process.ts [checkout …]   (each checkout's BFF in its own
 * process, alternating; default: this one. IN_PROCESS_READS per round, default 3000.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request, Agent, type Server } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './processes';

const READS = Number(process.env.IN_PROCESS_READS ?? 3000);
const CONCURRENCY = 16;
const SIM_KEY = { id: 'AKDEMO0000000000000001', secret: 'SKdemo-local-simulator-secret-0001' };
const ADMIN = { username: 'admin', password: 'Bench-Overhead-Pass-2026!' };
const READ = '/api/actions/cds/ccs/DescribeInstances';

/** What the simulator answers DescribeInstances with 20 + n instances asked for (it holds 42). */
async function simulatorAnswers(checkout: string): Promise<Map<number, string>> {
  const sim = (await import(pathToFileURL(path.join(checkout, 'apps/cloud-sim/src/index.ts')).href)) as typeof import('../../apps/cloud-sim/src/index');
  const { callCds } = (await import(pathToFileURL(path.join(checkout, 'packages/cloud-client/src/index.ts')).href)) as typeof import('../../packages/cloud-client/src/index');
  const { findAction } = (await import(pathToFileURL(path.join(checkout, 'packages/api-types/src/index.ts')).href)) as typeof import('../../packages/api-types/src/index');
  const s = await sim.startSimulator({ port: 0, mosPort: 0, logLevel: 'warn' });
  const def = findAction('cds', 'ccs', 'DescribeInstances')!;
  const answers = new Map<number, string>();
  for (let size = 20; size <= 70; size++) {
    const raw = await callCds(def, { PageSize: size }, { endpoint: s.url, accessKeyId: SIM_KEY.id, secret: SIM_KEY.secret }, { timeoutMs: 5000 });
    answers.set(size, JSON.stringify(raw.body));
  }
  await s.close();
  return answers;
}

/** A fetch that answers every CDS call from memory, by the PageSize in its JSON body. */
function memoryCloud(answers: Map<number, string>): typeof fetch {
  return (async (_url: unknown, init?: RequestInit) => {
    const size = (JSON.parse(String(init?.body ?? '{}')) as { PageSize?: number }).PageSize ?? 20;
    return new Response(answers.get(size) ?? answers.get(20), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function post(url: string, pathName: string, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${pathName}`, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', ...headers } }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** CPU µs of this process per read, `reads` distinct reads with CONCURRENCY in flight. */
async function measure(url: string, headers: Record<string, string>, reads: number): Promise<number> {
  let n = 0;
  let bad = 0;
  const start = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (n < reads) {
        const status = await post(url, READ, headers, JSON.stringify({ PageSize: 20 + (n++ % 51) }));
        if (status !== 200) bad++;
      }
    }),
  );
  const used = process.cpuUsage(start);
  if (bad) throw new Error(`${bad} reads failed`);
  return (used.user + used.system) / reads;
}

async function child(checkout: string) {
  const answers = await simulatorAnswers(checkout);
  const cloud = memoryCloud(answers);
  const bffModule = (await import(pathToFileURL(path.join(checkout, 'apps/bff/src/index.ts')).href)) as typeof import('../../apps/bff/src/index');
  const { findAction } = (await import(pathToFileURL(path.join(checkout, 'packages/api-types/src/index.ts')).href)) as typeof import('../../packages/api-types/src/index');
  const { callCds } = (await import(pathToFileURL(path.join(checkout, 'packages/cloud-client/src/index.ts')).href)) as typeof import('../../packages/cloud-client/src/index');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-bff-in-process-'));
  const { Writable } = await import('node:stream');
  const nowhere = new Writable({ write: (_c, _e, cb) => cb() });
  const config = bffModule.configFromEnv({
    PORT: '0', DATA_DIR: dataDir, CDS_ENDPOINT: 'http://127.0.0.1:9', CDS_ACCESS_KEY_ID: SIM_KEY.id, CDS_ACCESS_KEY_SECRET: SIM_KEY.secret,
    CONSOLE_ADMIN_PASSWORD: ADMIN.password, LOG_LEVEL: 'info',
  });
  const bff = await bffModule.startBff(config, { fetchImpl: cloud, logStream: nowhere });
  const signIn = await fetch(`${bff.url}/api/session`, { method: 'POST', headers: { 'X-CSRF': '1', 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) });
  const headers = { 'X-CSRF': '1', Cookie: (signIn.headers.get('set-cookie') ?? '').split(';')[0]! };

  // The pass-through's work (bench/bff/pass-through.ts) over the same in-memory cloud.
  const def = findAction('cds', 'ccs', 'DescribeInstances')!;
  const creds = { endpoint: 'http://127.0.0.1:9', accessKeyId: SIM_KEY.id, secret: SIM_KEY.secret };
  const pass: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const input = JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>;
      void callCds(def, input, creds, { timeoutMs: 15_000, requestId: 'pass-through', fetchImpl: cloud }).then((raw) => {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ data: raw.body }));
      });
    });
  });
  await new Promise<void>((r) => pass.listen(0, '127.0.0.1', () => r()));
  const passUrl = `http://127.0.0.1:${(pass.address() as { port: number }).port}`;

  // IN_PROCESS_ONLY=bff: the BFF alone (for a --cpu-prof of it).
  const withPass = process.env.IN_PROCESS_ONLY !== 'bff';
  await measure(bff.url, headers, READS);
  if (withPass) await measure(passUrl, {}, READS);
  const bffRuns: number[] = [];
  const passRuns: number[] = [];
  for (let round = 0; round < 3; round++) {
    bffRuns.push(await measure(bff.url, headers, READS));
    if (withPass) passRuns.push(await measure(passUrl, {}, READS));
  }
  process.stdout.write(JSON.stringify({ bff: Math.min(...bffRuns), pass: Math.min(...passRuns) }) + '\n');
  agent.destroy();
  await bff.close();
  pass.close();
  await rm(dataDir, { recursive: true, force: true });
}

if (process.env.IN_PROCESS_CHILD) {
  await child(process.env.IN_PROCESS_CHILD);
} else {
  const checkouts = process.argv.slice(2).length ? process.argv.slice(2).map((c) => path.resolve(c)) : [root];
  console.log(`load average at the start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const results = new Map<string, { bff: number; pass: number }[]>(checkouts.map((c) => [c, []]));
  for (let round = 0; round < Number(process.env.IN_PROCESS_ROUNDS ?? 2); round++) {
    for (const checkout of checkouts) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/bff/in-process.ts')], {
        cwd: checkout,
        env: { ...process.env, IN_PROCESS_CHILD: checkout },
        encoding: 'utf8',
      });
      const line = run.stdout.trim().split('\n').pop() ?? '';
      if (run.status !== 0 || !line.startsWith('{')) throw new Error(`${checkout}: ${run.stderr}\n${run.stdout}`);
      results.get(checkout)!.push(JSON.parse(line) as { bff: number; pass: number });
    }
  }
  console.log('\nCPU µs per read in one process (BFF or pass-through + the client): lowest of 3 per process, each process in turn');
  for (const [checkout, runs] of results) {
    const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' / ');
    console.log(`${checkout}\n  BFF ${fmt(runs.map((r) => r.bff))}   pass-through ${fmt(runs.map((r) => r.pass))}   BFF − pass-through ${fmt(runs.map((r) => r.bff - r.pass))}`);
  }
  console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}
