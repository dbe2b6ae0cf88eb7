/**
 * The instance list at scale (issue 13): the console started twice on its embedded defaults, with
 * the 42-instance demo world and with SIM_INSTANCES=10000, and the same steps timed in Chromium
 * from the click (or Enter) to the rows on screen: the list's first page, a page change, a sort by
 * name, a search by name, ID and private IP, a status filter, an instance's page. Prints the median of each per
 * world and the ratio 10k / 42, then the BFF inventory route's latency and bytes per page, the
 * inventory's first read, and what the old way (every DescribeInstances page, one after another)
 * costs at the same size. Targets: 300 ms for list steps and 500 ms for the detail page at 10k.
 * Asserts nothing. Needs the built SPA (`pnpm --filter @console/web build`; `pnpm bench` does it).
 * Run: pnpm bench:scale
 */
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ADMIN, CHROMIUM, CHROMIUM_ARGS, median, p95, root, startConsole } from './support';

const { chromium } = createRequire(path.join(root, 'e2e/package.json'))('@playwright/test') as typeof import('@playwright/test');

const WORLDS = [
  { instances: 42, port: 28_380, simPort: 28_987 },
  { instances: 10_000, port: 28_480, simPort: 29_087 },
];
const RUNS = 5;
const ROUTE_RUNS = 40;
const LIST_TARGET_MS = 300;
const DETAIL_TARGET_MS = 500;

type Step = 'first page' | 'page change' | 'sort: name' | 'search: name' | 'search: ID' | 'search: private IP' | 'status filter' | 'detail page';
const STEPS: Step[] = ['first page', 'page change', 'sort: name', 'search: name', 'search: ID', 'search: private IP', 'status filter', 'detail page'];

interface Inst {
  id: string;
  name: string;
  status: string;
  privateIps: string[];
}
interface WorldResult {
  instances: number;
  steps: Record<Step, number[]>;
  route: { ms: number[]; bytes: number; gzipBytes: number };
  firstReadMs: number;
  allPagesMs: number;
  allPagesBytes: number;
}

/** Marks the moment of the next click or Enter in the page (capture phase: before the app's handlers). */
const armClock = (page: Page) =>
  page.evaluate(`(() => {
    window.__t0 = undefined; window.__t1 = undefined;
    const mark = () => { if (window.__t0 === undefined) window.__t0 = performance.now(); };
    document.addEventListener('click', mark, { capture: true, once: true });
    document.addEventListener('keydown', (e) => { if (e.key === 'Enter') mark(); }, { capture: true, once: true });
  })()`);

/** Waits (checking every frame) until `condition` holds in the page; the ms from the marked click to that frame. */
async function timeUntil(page: Page, condition: string): Promise<number> {
  await page.waitForFunction(`(() => { if (!(${condition})) return false; if (window.__t1 === undefined) window.__t1 = performance.now(); return true; })()`, undefined, {
    polling: 'raf',
    timeout: 30_000,
  });
  return (await page.evaluate('window.__t1 - window.__t0')) as number;
}

const ROWS = `[...document.querySelectorAll('[data-testid=instance-row]')]`;
/** The rows on screen are exactly `count`, all passing `each` (a JS expression over row r). */
const rowsAre = (count: number, each = 'true') => `(${ROWS}.length === ${count} && ${ROWS}.every((r) => ${each}))`;

async function measureWorld(world: (typeof WORLDS)[number]): Promise<WorldResult> {
  const base = `http://localhost:${world.port}`;
  const started = await startConsole(world.port, world.simPort, { SIM_INSTANCES: String(world.instances) });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // The clock's probes are strings evaluated in the page: the console's CSP (rightly) forbids that, so it is bypassed here.
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 1000 }, extraHTTPHeaders: { 'X-CSRF': '1' }, bypassCSP: true });
    await context.request.post('/api/session', { data: ADMIN });
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const inventory = async (query: string) => {
      const r = await context.request.get(`/api/inventory/cds/instances?${query}`);
      if (!r.ok()) throw new Error(`inventory ${query}: ${r.status()} ${await r.text()}`);
      return (await r.json()) as { items: Inst[]; totalCount: number };
    };

    // The inventory's first read (every page of the account), then the route from memory.
    let t = performance.now();
    await inventory('size=20');
    const firstReadMs = performance.now() - t;
    const routeMs: number[] = [];
    for (let n = 0; n < ROUTE_RUNS; n++) {
      t = performance.now();
      await inventory(`size=20&page=${(n % 3) + 1}&sort=name`);
      routeMs.push(performance.now() - t);
    }
    const bytes = await wireBytes(base, '/api/inventory/cds/instances?size=20', cookie, false);
    const gzipBytes = await wireBytes(base, '/api/inventory/cds/instances?size=20', cookie, true);

    // The old way: every DescribeInstances page through the action route, one after another.
    t = performance.now();
    let allPagesBytes = 0;
    for (let n = 1; ; n++) {
      const r = await context.request.post('/api/actions/cds/ccs/DescribeInstances', { data: { PageNumber: n, PageSize: 100 } });
      const body = await r.body();
      allPagesBytes += body.length;
      const data = (JSON.parse(body.toString()) as { data: { pageCount: number } }).data;
      if (n >= data.pageCount) break;
    }
    const allPagesMs = performance.now() - t;

    // A target deep in the list (not on the first pages), and what each search must show.
    const target = (await inventory('size=10&page=3')).items.find((i) => i.privateIps.length)!;
    /** What a filtered first page must show: its row count and its first row. */
    const expected = async (query: string) => {
      const answer = await inventory(`${query}&size=10`);
      return { count: answer.items.length, firstId: answer.items[0]?.id ?? '' };
    };
    const shows = (e: { count: number; firstId: string }, each = 'true') => `(${rowsAre(e.count, each)} && ${ROWS}[0]?.dataset.instanceId === ${JSON.stringify(e.firstId)})`;
    const searches: [Step, string][] = [
      ['search: name', target.name],
      ['search: ID', target.id],
      ['search: private IP', target.privateIps[0]!],
    ];
    const searchShows = new Map<string, string>();
    for (const [, q] of searches) searchShows.set(q, shows(await expected(`q=${encodeURIComponent(q)}`)));
    const stoppedShows = shows(await expected('status=stop'), `r.dataset.status === 'stop'`);
    const byNameShows = shows(await expected('sort=name&order=asc'));

    const page = await context.newPage();
    const steps = Object.fromEntries(STEPS.map((s) => [s, [] as number[]])) as Record<Step, number[]>;
    const openList = async () => {
      await page.goto('/instances');
      await page.waitForFunction(`${ROWS}.length === 10`, undefined, { timeout: 60_000 }).catch(async (err: unknown) => {
        await page.screenshot({ path: path.join(root, 'test-results/scale-bench-failure.png') });
        throw err;
      });
    };
    // One visit first, so the list's code is loaded as it is for anyone who used the console before.
    await openList();
    for (let run = 0; run < RUNS; run++) {
      // First page: from another page (nothing of the list cached: a fresh load), a click on "Instances".
      await page.goto('/vdcs');
      await page.getByRole('navigation').getByRole('link', { name: 'Instances', exact: true }).waitFor();
      await armClock(page);
      await page.getByRole('navigation').getByRole('link', { name: 'Instances', exact: true }).click();
      steps['first page'].push(await timeUntil(page, rowsAre(10)));

      // Page change: page 2's rows replace page 1's.
      const firstId = await page.getByTestId('instance-row').first().getAttribute('data-instance-id');
      await armClock(page);
      await page.getByRole('button', { name: 'Page 2', exact: true }).click();
      steps['page change'].push(await timeUntil(page, `(${rowsAre(10)} && ${ROWS}[0].dataset.instanceId !== ${JSON.stringify(firstId)})`));

      // Sort: a click on the Name header orders every instance by name.
      await openList();
      await armClock(page);
      await page.getByTestId('sort-name').click();
      steps['sort: name'].push(await timeUntil(page, byNameShows));

      // Searches: typed, then Enter (the list asks at once, without waiting for the typing pause).
      for (const [step, q] of searches) {
        await openList();
        await page.getByTestId('instance-search').fill(q);
        await armClock(page);
        await page.getByTestId('instance-search').press('Enter');
        steps[step].push(await timeUntil(page, searchShows.get(q)!));
      }

      // Status filter: "Stopped" picked in the status filter.
      await openList();
      await page.getByTestId('status-filter').click();
      const option = page.getByRole('option', { name: 'Stopped', exact: true });
      await option.waitFor();
      await armClock(page);
      await option.click();
      steps['status filter'].push(await timeUntil(page, stoppedShows));

      // Detail page: a click on an instance's name, until its page shows it.
      await page.keyboard.press('Escape');
      const link = page.getByTestId('instance-name').nth(3);
      const id = await page.getByTestId('instance-row').nth(3).getAttribute('data-instance-id');
      await armClock(page);
      await link.click();
      steps['detail page'].push(await timeUntil(page, `document.querySelector('[data-testid=instance-detail][data-instance-id=${JSON.stringify(id)}] [data-testid=detail-name]') !== null`));
    }
    return { instances: world.instances, steps, route: { ms: routeMs, bytes, gzipBytes }, firstReadMs, allPagesMs, allPagesBytes };
  } finally {
    await browser.close();
    started.kill();
  }
}

/** Bytes of one answer on the wire, with or without gzip (fetch would decode it and hide the size). */
function wireBytes(base: string, pathAndQuery: string, cookie: string, gzip: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base.replace('localhost', '127.0.0.1')}${pathAndQuery}`, { headers: { 'X-CSRF': '1', Cookie: cookie, 'Accept-Encoding': gzip ? 'gzip' : 'identity' } }, (res) => {
      let n = 0;
      res.on('data', (chunk: Buffer) => (n += chunk.length));
      res.on('end', () => resolve(n));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

const fmt = (ms: number) => ms.toFixed(0).padStart(6);
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

async function main() {
  const results: WorldResult[] = [];
  for (const world of WORLDS) results.push(await measureWorld(world));
  const [small, big] = results as [WorldResult, WorldResult];

  process.stdout.write(`instance list in Chromium, ${RUNS} runs per step, median (p95) ms from the click or Enter to the rows on screen\n\n`);
  process.stdout.write(`step                 \t${small.instances} instances\t${big.instances} instances\t× 42-world\ttarget at 10k\n`);
  for (const step of STEPS) {
    const a = median(small.steps[step]);
    const b = median(big.steps[step]);
    const target = step === 'detail page' ? DETAIL_TARGET_MS : LIST_TARGET_MS;
    process.stdout.write(
      `${step.padEnd(21)}\t${fmt(a)} (${fmt(p95(small.steps[step]))})\t${fmt(b)} (${fmt(p95(big.steps[step]))})\t${(b / a).toFixed(2)}\t${target} ms ${b <= target ? 'met' : 'MISSED'}\n`,
    );
  }
  process.stdout.write(`\nBFF GET /api/inventory/cds/instances (20 a page, sorted by name), ${ROUTE_RUNS} calls\n`);
  for (const r of results) {
    process.stdout.write(
      `  ${String(r.instances).padStart(6)} instances: ${median(r.route.ms).toFixed(1)} ms median, ${p95(r.route.ms).toFixed(1)} ms p95; ${kb(r.route.bytes)} a page (${kb(r.route.gzipBytes)} gzip)\n`,
    );
  }
  process.stdout.write(`  ratio 10k / 42: ${(median(big.route.ms) / median(small.route.ms)).toFixed(2)}× latency, ${(big.route.bytes / small.route.bytes).toFixed(2)}× bytes\n`);
  process.stdout.write(`\ninventory's first read of the whole account (pages in parallel), and the old way: every DescribeInstances page of 100, one after another\n`);
  for (const r of results) {
    process.stdout.write(
      `  ${String(r.instances).padStart(6)} instances: first read ${r.firstReadMs.toFixed(0)} ms; all pages one by one ${r.allPagesMs.toFixed(0)} ms, ${kb(r.allPagesBytes)}\n`,
    );
  }
}

await main();
