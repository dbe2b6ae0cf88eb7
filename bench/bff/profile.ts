/**
 * Where the BFF's CPU goes on distinct DescribeInstances reads: runs the simulator and the BFF
 * (under `node --cpu-prof`), loads the BFF as bench/bff-overhead.bench.ts does, then sums the
 * profile's self time by function and by package or file. Prints; asserts nothing.
 * Run: pnpm exec tsx bench/bff/profile.ts   (BENCH_SECONDS, default 10; PROFILE_DIR to keep the .cpuprofile)
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { processStats, root, type Server, startNode } from './processes';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SIM_KEY = { id: 'AKDEMO0000000000000001', secret: 'SKdemo-local-simulator-secret-0001' };
const ADMIN = { username: 'admin', password: 'Bench-Overhead-Pass-2026!' };
const READ = '/api/actions/cds/ccs/DescribeInstances';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** A package name (node_modules/.pnpm/x@1/node_modules/x → x), else the path under the repo. */
function where(url: string): string {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 14).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\//, '').replace(`${root}/`, '');
}

/** Sums the samples taken between `fromEndUs` and `toEndUs` before the profile's end (the load, not start-up or shutdown). */
function summarize(profile: CpuProfile, fromEndUs: number, toEndUs: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const from = profile.endTime - fromEndUs;
  const to = profile.endTime - toEndUs;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    t += dt;
    if (t >= from && t <= to) selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
  });
  const total = to - from;
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = where(url);
    byFn.set(`${functionName || '(anonymous)'} ${file}${url ? `:${lineNumber + 1}` : ''}`, (byFn.get(`${functionName || '(anonymous)'} ${file}${url ? `:${lineNumber + 1}` : ''}`) ?? 0) + us);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
  }
  const idle = byFn.get('(idle) (native)') ?? 0;
  byFile.set('(native)', (byFile.get('(native)') ?? 0) - idle);
  const busy = total - idle;
  const top = (m: Map<string, number>, n: number) =>
    [...m].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`\nprofile: ${(total / 1e6).toFixed(1)} s, busy ${(busy / 1e6).toFixed(1)} s`);
  console.log('\nself time by package or file (% of busy)');
  for (const [k, us] of top(byFile, 30)) console.log(`${((100 * us) / busy).toFixed(1).padStart(5)}%  ${k}`);
  console.log('\nself time by function (% of busy)');
  for (const [k, us] of top(byFn, 45)) console.log(`${((100 * us) / busy).toFixed(1).padStart(5)}%  ${k}`);
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'X-CSRF': '1', 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

async function main() {
  const servers: Server[] = [];
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-bff-'));
  const profDir = process.env.PROFILE_DIR ?? (await mkdtemp(path.join(tmpdir(), 'bff-prof-')));
  try {
    const sim = await startNode('apps/cloud-sim/src/main.ts', { SIM_CDS_PORT: '0', SIM_MOS_PORT: '0', SIM_LOG_LEVEL: 'warn' }, /CDS simulator listening on (http:\S+)/);
    servers.push(sim);
    const profiling = ['--cpu-prof', `--cpu-prof-dir=${profDir}`];
    const creds = { CDS_ENDPOINT: sim.url, CDS_ACCESS_KEY_ID: SIM_KEY.id, CDS_ACCESS_KEY_SECRET: SIM_KEY.secret };
    // PROFILE_TARGET=pass profiles the bare pass-through instead, for the difference.
    const target = process.env.PROFILE_TARGET === 'pass' ? 'pass-through' : 'BFF';
    const bff =
      target === 'BFF'
        ? await startNode(
            'apps/bff/src/main.ts',
            { PORT: '0', DATA_DIR: dataDir, ...creds, CONSOLE_ADMIN_PASSWORD: ADMIN.password, LOG_LEVEL: process.env.BENCH_BFF_LOG_LEVEL ?? 'info' },
            /BFF listening on (http:\S+)/,
            120_000,
            profiling,
          )
        : await startNode('bench/bff/pass-through.ts', { PORT: '0', ...creds }, /listening on (http:\S+)/, 120_000, profiling);
    servers.push(bff);
    const session = target === 'BFF' ? { 'X-CSRF': '1', Cookie: await signIn(bff.url) } : {};
    const headers = { 'Content-Type': 'application/json', ...session, ...(process.env.PROFILE_GZIP ? { 'Accept-Encoding': 'gzip' } : {}) };
    let n = 0;
    const body = () => JSON.stringify({ PageSize: 20 + (n++ % 51) });
    const before = processStats(bff.pid).cpuMs;
    const loadStart = Date.now();
    const result = await autocannon({
      url: bff.url,
      connections: 32,
      duration: SECONDS,
      requests: [{ method: 'POST', path: READ, headers, setupRequest: (r) => ({ ...r, body: body() }) }],
    });
    const cpu = processStats(bff.pid).cpuMs - before;
    console.log(`${target}: ${(result['2xx'] / SECONDS).toFixed(0)} req/s, ${(cpu / Math.max(result['2xx'], 1)).toFixed(2)} ms CPU per read (with the profiler on), errors ${result.non2xx + result.errors}`);
    const loadEnd = Date.now();
    await bff.stop();
    servers.pop();
    const exited = Date.now();
    // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main thread (tsx's loader runs in another).
    const file = (await readdir(profDir)).find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f));
    if (!file) throw new Error(`no .cpuprofile in ${profDir}`);
    // Wall-clock offsets from the exit; the 0.5 s margins keep the ramp-up and the last answers out.
    summarize(JSON.parse(await readFile(path.join(profDir, file), 'utf8')) as CpuProfile, (exited - loadStart - 500) * 1000, (exited - loadEnd + 500) * 1000);
    if (process.env.PROFILE_DIR) console.log(`\nprofile kept in ${path.join(profDir, file)}`);
  } finally {
    for (const s of servers.reverse()) await s.stop();
    await rm(dataDir, { recursive: true, force: true });
    if (!process.env.PROFILE_DIR) await rm(profDir, { recursive: true, force: true });
  }
}

await main();
