/**
 * Where the browser's main thread goes while a page opens: a CPU profile of Chromium (optionally
 * CPU-throttled like Lighthouse's mobile preset) loading one console page, with self time summed by
 * original source file and by function through the build's hidden source maps. Prints the top rows.
 * Run after `pnpm build`: tsx bench/web-profile.ts [path] (default: the instance list, signed in).
 * PROFILE_CPU=4 throttles the CPU; PROFILE_SIGNED_OUT=1 opens the page without a session;
 * PROFILE_DIST=<dir> serves another build; PROFILE_FRAMES=<regexp> and PROFILE_TOP=<n> pick the
 * frames named beside each busy stretch.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire, SourceMap } from 'node:module';
import path from 'node:path';
import { ADMIN, CHROMIUM, CHROMIUM_ARGS, root, startConsole } from './support';

const { chromium } = createRequire(path.join(root, 'e2e/package.json'))('@playwright/test') as typeof import('@playwright/test');
const PORT = Number(process.env.PROFILE_PORT ?? 28_480);
const pagePath = process.argv[2] ?? '/instances?region=CN_Beijing_A';
const dist = path.resolve(process.env.PROFILE_DIST ?? path.join(root, 'apps/web/dist'));

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const maps = new Map<string, SourceMap | null>();
function original(url: string, line: number, column: number): { file: string; name: string } | undefined {
  const file = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0]!;
  if (!maps.has(file)) {
    const mapFile = path.join(dist, `${file}.map`);
    maps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
  }
  const pos = maps.get(file)?.findEntry(line, column) as { originalSource?: string; name?: string } | undefined;
  if (!pos?.originalSource) return undefined;
  return { file: pos.originalSource.replace(/^(\.\.\/)+/, '').replace(/node_modules\/\.pnpm\/[^/]+\/node_modules\//, ''), name: pos.name ?? '' };
}

const child = await startConsole(PORT, PORT + 607, process.env.PROFILE_DIST ? { WEB_DIST: path.resolve(process.env.PROFILE_DIST) } : {});
try {
  const base = `http://127.0.0.1:${PORT}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  if (!process.env.PROFILE_SIGNED_OUT) {
    const res = await context.request.post(`${base}/api/session`, { headers: { 'X-CSRF': '1' }, data: ADMIN });
    if (!res.ok()) throw new Error(`sign-in failed: ${res.status()}`);
  }
  const page = await context.newPage();
  // Warm the BFF's caches and the browser's HTTP cache's opposite: a first, unmeasured load.
  await page.goto(base + pagePath, { waitUntil: 'networkidle' });
  await context.clearCookies();
  if (!process.env.PROFILE_SIGNED_OUT) await context.request.post(`${base}/api/session`, { headers: { 'X-CSRF': '1' }, data: ADMIN });
  const fresh = await context.newPage();
  // The browser's own long tasks (over 50 ms): what Lighthouse's total blocking time adds up.
  await fresh.addInitScript(() => {
    const w = window as unknown as { __longTasks: [number, number][] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
    // Long animation frames name the scripts that ran in them: who started each long stretch.
    const l = window as unknown as { __frames: string[] };
    l.__frames = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { startTime: number; duration: number; styleAndLayoutStart: number; scripts: { invoker: string; duration: number; sourceURL: string; sourceFunctionName: string; sourceCharPosition: number }[] }[]) {
        const scripts = e.scripts.filter((x) => x.duration >= 10).map((x) => `${x.invoker} ${x.sourceFunctionName || ''}@${x.sourceURL.split('/').pop()}:${x.sourceCharPosition} ${Math.round(x.duration)}`);
        l.__frames.push(`${Math.round(e.startTime)}:${Math.round(e.duration)} layout ${Math.round(e.startTime + e.duration - e.styleAndLayoutStart)} | ${scripts.join(' | ')}`);
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  const cdp = await context.newCDPSession(fresh);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.PROFILE_CPU ?? 1) });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await fresh.goto(base + pagePath, { waitUntil: 'networkidle' });
  await fresh.waitForTimeout(2000);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const longTasks = (await fresh.evaluate('window.__longTasks')) as [number, number][];
  const frames = (await fresh.evaluate('window.__frames')) as string[];
  await browser.close();

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfByFile = new Map<string, number>();
  const selfByFn = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const n = byId.get(id)!;
    const f = n.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') return;
    total += dt;
    const o = f.url ? original(f.url, f.lineNumber, f.columnNumber) : undefined;
    const file = o?.file ?? (f.url ? f.url.replace(/^https?:\/\/[^/]+/, '') : f.functionName);
    selfByFile.set(file, (selfByFile.get(file) ?? 0) + dt);
    const fn = `${f.functionName || o?.name || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    selfByFn.set(fn, (selfByFn.get(fn) ?? 0) + dt);
  });
  // The main thread's busy stretches (tasks, roughly): samples until an idle one, with what ran most.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (id: number) => {
    const f = byId.get(id)!.callFrame;
    const o = f.url ? original(f.url, f.lineNumber, f.columnNumber) : undefined;
    return `${f.functionName || o?.name || '(anon)'}@${(o?.file ?? f.url.split('/').pop() ?? '').split('/').slice(-2).join('/')}`;
  };
  const tasks: { start: number; ms: number; inclusive: Map<string, number> }[] = [];
  let t = 0;
  let current: (typeof tasks)[number] | undefined;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    t += dt;
    const name = byId.get(id)!.callFrame.functionName;
    if (name === '(idle)') { current = undefined; return; }
    if (!current) tasks.push((current = { start: t, ms: 0, inclusive: new Map() }));
    current.ms += dt;
    const seenHere = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const l = label(n);
      if (seenHere.has(l)) continue;
      seenHere.add(l);
      current.inclusive.set(l, (current.inclusive.get(l) ?? 0) + dt);
    }
  });
  console.log('\nbusy stretches over 8 ms (start, length, heaviest frames inclusive):');
  for (const task of tasks.filter((x) => x.ms > 8)) {
    const ours = process.env.PROFILE_FRAMES ? new RegExp(process.env.PROFILE_FRAMES) : /./;
    const heavy = [...task.inclusive].filter(([k]) => !k.startsWith('(root)') && ours.test(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 6));
    console.log(`  ${task.start.toFixed(0).padStart(6)} ms  ${task.ms.toFixed(1).padStart(6)} ms  ${heavy.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' | ')}`);
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  const blocking = longTasks.reduce((sum, [, ms]) => sum + ms - 50, 0);
  console.log(`\nlong tasks (start ms, length ms): ${longTasks.map(([at, ms]) => `${at}:${ms}`).join(' ')}`);
  console.log(`blocking time (each long task's part over 50 ms): ${blocking} ms`);
  console.log(`long animation frames (start:length, style and layout, scripts over 10 ms):\n  ${frames.join('\n  ')}`);
  console.log(`\n${pagePath}: ${total.toFixed(0)} ms of JavaScript (CPU ×${process.env.PROFILE_CPU ?? 1})\n\nby source file:`);
  for (const [k, v] of top(selfByFile, 30)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  console.log('\nby function:');
  for (const [k, v] of top(selfByFn, 40)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
} finally {
  child.kill();
}
