/**
 * Lighthouse's performance score of the sign-in page and of the instance list (signed in), in
 * Debian's Chromium, against the console on its embedded defaults (own ports, built SPA served by
 * the BFF with its compression and cache headers). Lighthouse 12 (the last to run on Node 20)
 * comes from npm through npx, so the test install does not carry it. Prints the median of three
 * runs for the mobile (default, simulated slow 4G and 4× CPU) and desktop presets, with the
 * metrics behind the score; the baseline is a static page with no JavaScript at all, served from
 * this machine and measured the same way in the same run. Asserts nothing. Run: pnpm bench:lighthouse
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import { ADMIN, CHROMIUM, CHROMIUM_ARGS, median, startConsole } from './support';

const PORT = 28_280;
const SIM_PORT = 28_887;
const BASE = `http://localhost:${PORT}`;
const RUNS = Number(process.env.LH_RUNS ?? 3);
// LH_PRESETS=mobile measures one preset only; LH_SAVE=<dir> keeps each run's JSON report there
// (for the audits behind a score: critical chain, main-thread work, LCP element, requests).
const PRESETS = (process.env.LH_PRESETS ?? 'mobile,desktop').split(',') as ('mobile' | 'desktop')[];
const SAVE = process.env.LH_SAVE;
// LH_PAGES=list (or sign-in, baseline; comma-separated) measures those pages only.
const ONLY = process.env.LH_PAGES?.split(',');
const LIGHTHOUSE = 'lighthouse@12.8.2';
const BASELINE_PORT = 28_281;
const BASELINE_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Baseline</title></head><body><h1>Sign in</h1><p>A page without JavaScript.</p></body></html>';

interface Report {
  categories: { performance: { score: number } };
  audits: Record<string, { numericValue?: number }>;
}

async function sessionCookie(): Promise<string> {
  const res = await fetch(`${BASE}/api/session`, {
    method: 'POST',
    headers: { 'X-CSRF': '1', 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/** One Lighthouse run (asynchronous: the baseline page is served by this very process). */
async function lighthouse(url: string, preset: 'mobile' | 'desktop', cookie: string | undefined, name: string): Promise<Report> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lh-'));
  const out = path.join(dir, 'report.json');
  try {
    await promisify(execFile)(
      'npx',
      [
        '--yes', LIGHTHOUSE, url,
        '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet',
        // Lighthouse needs Chrome's new headless mode (the old one paints nothing it can measure).
        `--chrome-flags=${CHROMIUM_ARGS.map((a) => (a === '--headless' ? '--headless=new' : a)).join(' ')} --user-data-dir=${path.join(dir, 'profile')}`,
        ...(preset === 'desktop' ? ['--preset=desktop'] : []),
        ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 300_000 },
    );
    if (SAVE) {
      mkdirSync(SAVE, { recursive: true });
      copyFileSync(out, path.join(SAVE, `${preset}-${name}-${Date.now()}.json`));
    }
    return JSON.parse(readFileSync(out, 'utf8')) as Report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const console_ = await startConsole(PORT, SIM_PORT);
  const baseline = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(BASELINE_PAGE));
  await new Promise<void>((r) => baseline.listen(BASELINE_PORT, '127.0.0.1', r));
  try {
    const cookie = await sessionCookie();
    const pages = [
      { name: 'baseline: static page without JS', key: 'baseline', url: `http://127.0.0.1:${BASELINE_PORT}/` },
      { name: 'sign-in page', key: 'sign-in', url: `${BASE}/login` },
      { name: 'instance list (signed in)', key: 'list', url: `${BASE}/instances?region=CN_Beijing_A`, cookie },
    ];
    console.log(`\nLighthouse ${LIGHTHOUSE} performance, median of ${RUNS} runs (target: score ≥ 95)\n`);
    for (const preset of PRESETS) {
      for (const p of pages.filter((page) => !ONLY || ONLY.includes(page.key))) {
        const reports: Report[] = [];
        for (let run = 0; run < RUNS; run++) {
          try {
            reports.push(await lighthouse(p.url, preset, p.cookie, p.key));
          } catch (err) {
            console.log(`  ${preset.padEnd(8)} ${p.name.padEnd(40)} run ${run + 1} failed: ${(err as Error).message.split('\n')[0]}`);
          }
        }
        if (reports.length === 0) continue;
        const metric = (id: string) => median(reports.map((r) => r.audits[id]?.numericValue ?? NaN));
        const score = median(reports.map((r) => Math.round(r.categories.performance.score * 100)));
        console.log(
          `  ${preset.padEnd(8)} ${p.name.padEnd(40)} score ${String(score).padStart(3)}` +
            `   FCP ${metric('first-contentful-paint').toFixed(0).padStart(5)} ms  LCP ${metric('largest-contentful-paint').toFixed(0).padStart(5)} ms` +
            `  TBT ${metric('total-blocking-time').toFixed(0).padStart(4)} ms  CLS ${metric('cumulative-layout-shift').toFixed(3)}` +
            `  transfer ${(metric('total-byte-weight') / 1024).toFixed(1).padStart(6)} KB`,
        );
      }
    }
    console.log('');
  } finally {
    baseline.close();
    console_.kill();
  }
}

void main();
