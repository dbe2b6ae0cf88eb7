/**
 * Is the 7-day chart at one minute (10,080 points per metric, eight charts) smooth in a real
 * browser? Starts the console on its embedded defaults (own ports, data in memory), opens an
 * instance's monitoring in Debian's Chromium, and measures against the 1-hour page (60 points)
 * measured in the same run: the time until every chart is drawn, and the frame intervals while
 * the pointer sweeps the CPU chart with its tooltip. Prints numbers and ratios; asserts nothing.
 * Needs the built SPA (`pnpm --filter @console/web build`; `pnpm bench` does it). Run: pnpm bench
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { ADMIN, CHROMIUM, CHROMIUM_ARGS, median, p95, root, startConsole } from './support';

// Playwright is the e2e package's dependency; the bench borrows it rather than installing its own.
const { chromium } = createRequire(path.join(root, 'e2e/package.json'))('@playwright/test') as typeof import('@playwright/test');

const PORT = 28_180;
const SIM_PORT = 28_787;
const BASE = `http://localhost:${PORT}`;
const SWEEP_STEPS = 120;
const RUNS = 3;

async function main() {
  const console_ = await startConsole(PORT, SIM_PORT);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ baseURL: BASE, viewport: { width: 1280, height: 900 }, extraHTTPHeaders: { 'X-CSRF': '1' } });
    await context.request.post('/api/session', { data: ADMIN });
    const list = await context.request.post('/api/actions/cds/ccs/DescribeInstances', { data: { PageSize: 100 } });
    const db = ((await list.json()) as { data: { items: { id: string; name: string }[] } }).data.items.find((i) => i.name === 'db-master')!;
    const page = await context.newPage();

    const scenarios = [
      { name: '1 h at 60 s (baseline)', query: 'range=1h&period=60' },
      { name: '7 d at 60 s', query: 'range=7d&period=60' },
    ];
    const results: { name: string; points: string; drawnMs: number; frameMs: number; frameP95: number; longFrames: number }[] = [];
    for (const s of scenarios) {
      const drawn: number[] = [];
      const frames: number[] = [];
      let longFrames = 0;
      let points = '';
      for (let run = 0; run < RUNS; run++) {
        const started = Date.now();
        await page.goto(`/instances/${db.id}?region=CN_Beijing_A&${s.query}`);
        // Drawn: every chart has its point count and its line.
        await page.waitForFunction(() => document.querySelectorAll('[data-testid=chart-points]').length >= 8 && document.querySelectorAll('.recharts-line-curve').length >= 8, undefined, { timeout: 60_000 });
        drawn.push(Date.now() - started);
        points = (await page.getByTestId('chart-CPUUtilization').getByTestId('chart-points').textContent()) ?? '';
        const surface = page.getByTestId('chart-CPUUtilization').locator('.recharts-surface');
        await surface.scrollIntoViewIfNeeded();
        const box = (await surface.boundingBox())!;
        // Frame intervals while the pointer sweeps the chart (the tooltip follows it).
        // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
        await page.evaluate(`(() => {
          window.__frames = [];
          window.__stop = false;
          let last = performance.now();
          const tick = (now) => {
            window.__frames.push(now - last);
            last = now;
            if (!window.__stop) requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        })()`);
        for (let k = 0; k <= SWEEP_STEPS; k++) await page.mouse.move(box.x + (box.width * k) / SWEEP_STEPS, box.y + box.height / 2);
        const f = (await page.evaluate('(() => { window.__stop = true; return window.__frames.slice(1); })()')) as number[];
        frames.push(...f);
        longFrames += f.filter((x) => x > 50).length;
      }
      results.push({ name: s.name, points, drawnMs: median(drawn), frameMs: median(frames), frameP95: p95(frames), longFrames });
    }

    const base = results[0]!;
    process.stdout.write(`monitoring page in Chromium, 8 charts, ${RUNS} runs each, pointer sweep of ${SWEEP_STEPS} steps over the CPU chart\n\n`);
    process.stdout.write('scenario                 \tCPU chart      \tdrawn ms\t× base\tframe ms (median)\tframe ms (p95)\tframes > 50 ms\n');
    for (const r of results) {
      process.stdout.write(
        `${r.name.padEnd(25)}\t${r.points.padEnd(15)}\t${r.drawnMs}\t${(r.drawnMs / base.drawnMs).toFixed(1)}\t${r.frameMs.toFixed(1)} (${(r.frameMs / base.frameMs).toFixed(2)}×)\t${r.frameP95.toFixed(1)}\t${r.longFrames}\n`,
      );
    }
  } finally {
    await browser.close();
    console_.kill();
  }
}

await main();
