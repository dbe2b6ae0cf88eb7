/**
 * What the BFF costs per read, against a bare signing pass-through to the same simulator (the
 * least any server in front of CDS must do: bench/bff/pass-through.ts), measured side by side in
 * one run with autocannon. Every server is its own process; numbers come from /proc.
 * Not a test: it prints numbers and ratios against the targets of issue 7 and asserts nothing.
 * Run: pnpm bench:bff   (BENCH_SECONDS per run, default 10; BENCH_BFF_LOG_LEVEL, default info)
 * Before/after: BENCH_BFF_BEFORE=<another checkout of this repository, installed> also runs that
 * checkout's BFF against the same simulator and pass-through, alternating with this one on the
 * distinct reads, so two builds are compared in one run (the machine's load moves both alike).
 *
 * Two workloads of DescribeInstances through each server:
 * - identical: every request the same, so the BFF's read coalescing can share upstream calls;
 * - distinct: PageSize cycles through 51 values, so requests in flight never share (the BFF's
 *   own overhead, with nothing saved upstream).
 * Then the p99 latency each adds at half the pass-through's throughput, CPU ms per read, the
 * BFF's memory at idle and after load, and its peak memory on a first start (empty DATA_DIR)
 * against a later start.
 *
 * The pass-through calls with Node's fetch; the BFF with undici's request (cloud-client, request.ts),
 * which costs less CPU per call. A second pass-through that calls as the BFF does is run beside
 * them on the distinct reads, so the ratio can be read both ways.
 *
 * Like with like: these requests carry no Accept-Encoding (autocannon sends none), so neither
 * server compresses. A browser asks for br and gets compressed answers (issue 7), which only the
 * BFF does: that cost is measured on its own, the BFF at half load with and without it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { processStats, type Server, startNode } from './bff/processes';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const LOG_LEVEL = process.env.BENCH_BFF_LOG_LEVEL ?? 'info';
const SIM_KEY = { id: 'AKDEMO0000000000000001', secret: 'SKdemo-local-simulator-secret-0001' };
const ADMIN = { username: 'admin', password: 'Bench-Overhead-Pass-2026!' };
const READ = '/api/actions/cds/ccs/DescribeInstances';
const BEFORE = process.env.BENCH_BFF_BEFORE;

type Workload = 'identical' | 'distinct';

interface Run {
  rps: number;
  p99: number;
  cpuMsPerRead: number;
  errors: number;
  /** Bytes received per answer, headers included. */
  bytesPerRead: number;
}

/** What Chromium sends. */
const BROWSER_ENCODINGS = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'X-CSRF': '1', 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

async function load(server: Server, headers: Record<string, string>, workload: Workload, rate?: number): Promise<Run> {
  let n = 0;
  const body = () => JSON.stringify({ PageSize: workload === 'identical' ? 20 : 20 + (n++ % 51) });
  const before = processStats(server.pid).cpuMs;
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: SECONDS,
    ...(rate ? { overallRate: rate } : {}),
    requests: [{ method: 'POST', path: READ, headers: { 'Content-Type': 'application/json', ...headers }, setupRequest: (r) => ({ ...r, body: body() }) }],
  });
  const cpu = processStats(server.pid).cpuMs - before;
  const ok = result['2xx'];
  return {
    rps: ok / SECONDS,
    p99: result.latency.p99,
    cpuMsPerRead: cpu / Math.max(ok, 1),
    errors: result.non2xx + result.errors + result.timeouts,
    bytesPerRead: result.throughput.total / Math.max(ok, 1),
  };
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

async function main() {
  const servers: Server[] = [];
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-bff-'));
  const beforeDir = BEFORE ? await mkdtemp(path.join(tmpdir(), 'bench-bff-before-')) : undefined;
  try {
    const sim = await startNode('apps/cloud-sim/src/main.ts', { SIM_CDS_PORT: '0', SIM_MOS_PORT: '0', SIM_LOG_LEVEL: 'warn' }, /CDS simulator listening on (http:\S+)/);
    servers.push(sim);
    const bffEnv = {
      PORT: '0', DATA_DIR: dataDir, CDS_ENDPOINT: sim.url, CDS_ACCESS_KEY_ID: SIM_KEY.id, CDS_ACCESS_KEY_SECRET: SIM_KEY.secret,
      CONSOLE_ADMIN_PASSWORD: ADMIN.password, LOG_LEVEL: LOG_LEVEL,
    };
    const startBff = (cwd?: string, env = bffEnv) => startNode('apps/bff/src/main.ts', env, /BFF listening on (http:\S+)/, 120_000, [], cwd);
    const settle = () => new Promise((r) => setTimeout(r, 1000));

    // Memory at start: the first start creates the database in the empty DATA_DIR.
    const first = await startBff();
    await settle();
    const firstStart = processStats(first.pid);
    await first.stop();
    const bff = await startBff();
    servers.push(bff);
    await settle();
    const laterStart = processStats(bff.pid);

    const pass = await startNode('bench/bff/pass-through.ts', { PORT: '0', CDS_ENDPOINT: sim.url, CDS_ACCESS_KEY_ID: SIM_KEY.id, CDS_ACCESS_KEY_SECRET: SIM_KEY.secret }, /listening on (http:\S+)/);
    servers.push(pass);
    const passRequest = await startNode(
      'bench/bff/pass-through.ts',
      { PORT: '0', CDS_ENDPOINT: sim.url, CDS_ACCESS_KEY_ID: SIM_KEY.id, CDS_ACCESS_KEY_SECRET: SIM_KEY.secret, PASS_THROUGH_CLIENT: 'request' },
      /listening on (http:\S+)/,
    );
    servers.push(passRequest);
    const bffHeaders = { 'X-CSRF': '1', Cookie: await signIn(bff.url) };
    const before = BEFORE ? await startBff(path.resolve(BEFORE), { ...bffEnv, DATA_DIR: beforeDir! }) : undefined;
    if (before) servers.push(before);
    const beforeHeaders: Record<string, string> = before ? { 'X-CSRF': '1', Cookie: await signIn(before.url) } : {};
    console.log(`load average at the start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

    // Warm both (JIT, caches, connections), then the idle memory.
    await load(bff, bffHeaders, 'distinct');
    if (before) await load(before, beforeHeaders, 'distinct');
    await load(pass, {}, 'distinct');
    await load(passRequest, {}, 'distinct');
    const idle = processStats(bff.pid);
    const passIdle = processStats(pass.pid);

    const results: Record<Workload, { bff: Run[]; pass: Run[] }> = { identical: { bff: [], pass: [] }, distinct: { bff: [], pass: [] } };
    const beforeRuns: Run[] = [];
    const passRequestRuns: Run[] = [];
    for (const workload of ['distinct', 'identical'] as const) {
      // Alternating, twice each, so drift on a shared machine hits both sides alike.
      for (let round = 0; round < 2; round++) {
        results[workload].bff.push(await load(bff, bffHeaders, workload));
        if (before && workload === 'distinct') beforeRuns.push(await load(before, beforeHeaders, workload));
        results[workload].pass.push(await load(pass, {}, workload));
        if (workload === 'distinct') passRequestRuns.push(await load(passRequest, {}, workload));
      }
    }
    const best = (runs: Run[]) => runs.reduce((a, b) => (b.rps > a.rps ? b : a));
    const half = Math.round(best(results.distinct.pass).rps / 2);
    const halfBff = await load(bff, bffHeaders, 'distinct', half);
    const halfPass = await load(pass, {}, 'distinct', half);
    const halfBrowser = await load(bff, { ...bffHeaders, ...BROWSER_ENCODINGS }, 'distinct', half);
    const after = processStats(bff.pid);
    const passAfter = processStats(pass.pid);

    console.log(`\nBFF overhead: DescribeInstances, ${CONNECTIONS} connections, ${SECONDS} s per run, BFF LOG_LEVEL=${LOG_LEVEL}`);
    console.log('workload   server        req/s (2 runs)    CPU ms/read   errors');
    for (const workload of ['distinct', 'identical'] as const) {
      for (const side of ['bff', 'pass'] as const) {
        const runs = results[workload][side];
        console.log(
          `${workload.padEnd(10)} ${(side === 'bff' ? 'BFF' : 'pass-through').padEnd(13)} ${runs.map((r) => fmt(r.rps)).join(' / ').padEnd(17)} ${fmt(best(runs).cpuMsPerRead, 2).padStart(11)}   ${runs.reduce((s, r) => s + r.errors, 0)}`,
        );
      }
      const b = best(results[workload].bff);
      const p = best(results[workload].pass);
      console.log(`${workload.padEnd(10)} throughput BFF / pass-through: ${ratio(b.rps, p.rps)} (target ≥ 0.80×); CPU per read ${ratio(b.cpuMsPerRead, p.cpuMsPerRead)}`);
      if (workload === 'distinct' && beforeRuns.length) {
        const o = best(beforeRuns);
        console.log(
          `${workload.padEnd(10)} BFF before    ${beforeRuns.map((r) => fmt(r.rps)).join(' / ').padEnd(17)} ${fmt(o.cpuMsPerRead, 2).padStart(11)}   ${beforeRuns.reduce((s, r) => s + r.errors, 0)}   (${BEFORE})`,
        );
        console.log(`${workload.padEnd(10)} before: throughput BFF / pass-through ${ratio(o.rps, p.rps)}; CPU per read ${ratio(o.cpuMsPerRead, p.cpuMsPerRead)}`);
      }
      if (workload === 'distinct') {
        const q = best(passRequestRuns);
        console.log(
          `${workload.padEnd(10)} pass-through, undici request ${passRequestRuns.map((r) => fmt(r.rps)).join(' / ')} req/s, ${fmt(q.cpuMsPerRead, 2)} ms CPU/read, errors ${passRequestRuns.reduce((s, r) => s + r.errors, 0)}`,
        );
        console.log(`${workload.padEnd(10)} against it: throughput BFF / pass-through ${ratio(b.rps, q.rps)}; CPU per read ${ratio(b.cpuMsPerRead, q.cpuMsPerRead)}`);
      }
    }
    console.log(`\nHalf load (${half} req/s, distinct): p99 BFF ${halfBff.p99} ms, pass-through ${halfPass.p99} ms → the BFF adds ${halfBff.p99 - halfPass.p99} ms`);
    // Unsaturated, CPU per read depends less on what else the machine runs than throughput does.
    console.log(`Half load CPU per read: BFF ${fmt(halfBff.cpuMsPerRead, 2)} ms, pass-through ${fmt(halfPass.cpuMsPerRead, 2)} ms (${ratio(halfBff.cpuMsPerRead, halfPass.cpuMsPerRead)})`);
    console.log(
      `Half load, BFF answers compressed (Accept-Encoding as a browser sends it): ${fmt(halfBrowser.cpuMsPerRead, 2)} ms CPU per read ` +
        `(uncompressed ${fmt(halfBff.cpuMsPerRead, 2)} ms), ${fmt(halfBrowser.bytesPerRead / 1024, 1)} KB per answer (uncompressed ${fmt(halfBff.bytesPerRead / 1024, 1)} KB), errors ${halfBrowser.errors}`,
    );
    console.log('\nMemory (MB)                      RSS     peak');
    console.log(`BFF first start (empty DATA_DIR)  ${fmt(firstStart.rssMb).padStart(5)}  ${fmt(firstStart.peakMb).padStart(5)}`);
    console.log(`BFF later start                   ${fmt(laterStart.rssMb).padStart(5)}  ${fmt(laterStart.peakMb).padStart(5)}   first/later peak ${ratio(firstStart.peakMb, laterStart.peakMb)}`);
    console.log(`BFF idle (signed in, warmed)      ${fmt(idle.rssMb).padStart(5)}  ${fmt(idle.peakMb).padStart(5)}`);
    console.log(`BFF after load                    ${fmt(after.rssMb).padStart(5)}  ${fmt(after.peakMb).padStart(5)}`);
    console.log(`pass-through idle / after load    ${fmt(passIdle.rssMb).padStart(5)}  ${fmt(passAfter.rssMb).padStart(5)}`);
    console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } finally {
    for (const s of servers.reverse()) await s.stop();
    await rm(dataDir, { recursive: true, force: true });
    if (beforeDir) await rm(beforeDir, { recursive: true, force: true });
  }
}

await main();
