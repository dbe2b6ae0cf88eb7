/**
 * Lighthouse's performance score of the sign-in page and of the instance list (signed in), in
 * Debian's Chromium, against the console on its embedded defaults (own ports, built SPA served by
 * the BFF with its compression and cache headers). Lighthouse 12 (the last to run on Node 20)
 * comes from npm through npx, so the test install does not carry it. Prints the median of three
 * runs for the mobile (default, simulated slow 4G and 4× CPU) and desktop presets, with the
 * metrics behind the score; the baseline is a static page with no JavaScript at all, served from
 * this machine and measured the same way in the same run. Asserts nothing. Run: pnpm bench:lighthouse
 *
 * Side by side: LH_DISTS=before=/tmp/a,after=/tmp/b serves each built SPA (apps/web/dist copies)
 * from a console of its own and takes the runs in turn (before, after, before, …), so both see the
 * same machine load; a row per build. LH_PORT moves the ports (default 28280).
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import { formatTimeline, lanternTimeline } from './lantern';
import { ADMIN, CHROMIUM, CHROMIUM_ARGS, median, root, startConsole } from './support';

const PORT = Number(process.env.LH_PORT ?? 28_280);
// Each build's console: the BFF on PORT + 10·i, its simulators on PORT + 607 + 10·i and the next port.
const DISTS = (process.env.LH_DISTS ?? '').split(',').filter(Boolean).map((entry) => {
  const [label, dir] = entry.includes('=') ? entry.split('=') : [path.basename(entry), entry];
  return { label: label!, dir: path.resolve(dir!) };
});
const RUNS = Number(process.env.LH_RUNS ?? 3);
// LH_PRESETS=mobile measures one preset only; LH_SAVE=<dir> keeps each run's JSON report there
// (for the audits behind a score: critical chain, main-thread work, LCP element, requests).
const PRESETS = (process.env.LH_PRESETS ?? 'mobile,desktop').split(',') as ('mobile' | 'desktop')[];
const SAVE = process.env.LH_SAVE;
// LH_PAGES=list (or sign-in, baseline; comma-separated) measures those pages only.
// LH_LANTERN=1 prints, after each run, Lighthouse's simulated timeline of the LCP (bench/lantern.ts):
// which requests waited for which on its slow 4G, and so what the LCP estimate is made of.
const LANTERN = process.env.LH_LANTERN === '1';
const ONLY = process.env.LH_PAGES?.split(',');
const LIGHTHOUSE = 'lighthouse@12.8.2';
const BASELINE_PORT = PORT + 1;
const BASELINE_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Baseline</title></head><body><h1>Sign in</h1><p>A page without JavaScript.</p></body></html>';

interface Report {
  categories: { performance: { score: number } };
  audits: Record<string, { numericValue?: number }>;
}

async function sessionCookie(base: string): Promise<string> {
  const res = await fetch(`${base}/api/session`, {
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
        ...(LANTERN ? ['--save-assets'] : []),
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM, ...(LANTERN ? { LANTERN_DEBUG: '1' } : {}) }, timeout: 300_000 },
    );
    if (LANTERN) {
      const trace = JSON.parse(readFileSync(path.join(dir, 'report-pessimisticLargestContentfulPaint.trace.json'), 'utf8'));
      console.log(`    ${name}: Lantern's pessimistic LCP run, simulated (ms)\n${formatTimeline(lanternTimeline(trace))}`);
    }
    if (SAVE) {
      mkdirSync(SAVE, { recursive: true });
      copyFileSync(out, path.join(SAVE, `${preset}-${name}-${Date.now()}.json`));
    }
    return JSON.parse(readFileSync(out, 'utf8')) as Report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Asks a fresh console for every file of its build once, in both encodings: the BFF compresses a
 * file on its first request (brotli 9 for the 300 KB framework chunk takes a while on a loaded
 * machine), which a long-running server has long done; otherwise a single run measures that too.
 */
async function warm(base: string, dir: string): Promise<void> {
  const files = readdirSync(path.join(dir, 'assets')).filter((f) => !f.endsWith('.map')).map((f) => `/assets/${f}`);
  for (const encoding of ['br', 'gzip']) {
    for (const file of ['/login', '/instances', ...files]) {
      await fetch(`${base}${file}`, { headers: { 'Accept-Encoding': encoding } }).then((r) => r.arrayBuffer());
    }
  }
}

interface Build {
  label: string;
  base: string;
  cookie: string;
}

async function main() {
  const wanted = DISTS.length > 0 ? DISTS : [{ label: '', dir: undefined }];
  const consoles = await Promise.all(
    wanted.map((d, i) => startConsole(PORT + 10 * i, PORT + 607 + 10 * i, d.dir ? { WEB_DIST: d.dir } : {})),
  );
  const baseline = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(BASELINE_PAGE));
  await new Promise<void>((r) => baseline.listen(BASELINE_PORT, '127.0.0.1', r));
  try {
    const builds: Build[] = [];
    for (const [i, d] of wanted.entries()) {
      const base = `http://localhost:${PORT + 10 * i}`;
      await warm(base, d.dir ?? path.join(root, 'apps/web/dist'));
      builds.push({ label: d.label, base, cookie: await sessionCookie(base) });
    }
    const pages = [
      { name: 'baseline: static page without JS', key: 'baseline', path: '', own: true },
      { name: 'sign-in page', key: 'sign-in', path: '/login', own: false, signedIn: false },
      { name: 'instance list (signed in)', key: 'list', path: '/instances?region=CN_Beijing_A', own: false, signedIn: true },
    ];
    console.log(`\nLighthouse ${LIGHTHOUSE} performance, median of ${RUNS} runs (target: score ≥ 95)\n`);
    for (const preset of PRESETS) {
      for (const p of pages.filter((page) => !ONLY || ONLY.includes(page.key))) {
        // The static page is measured once; each build's pages in turn, run by run.
        const targets = p.own ? [{ label: '', url: `http://127.0.0.1:${BASELINE_PORT}/`, cookie: undefined }] :
          builds.map((b) => ({ label: b.label, url: `${b.base}${p.path}`, cookie: p.signedIn ? b.cookie : undefined }));
        const reports: Report[][] = targets.map(() => []);
        for (let run = 0; run < RUNS; run++) {
          for (const [i, t] of targets.entries()) {
            try {
              reports[i]!.push(await lighthouse(t.url, preset, t.cookie, [p.key, t.label].filter(Boolean).join('-')));
            } catch (err) {
              // Lighthouse says why on stderr (a runtime error's code, a page that never painted).
              const why = String((err as { stderr?: unknown }).stderr ?? '').trim().split('\n').filter(Boolean).slice(-3).join(' | ');
              console.log(`  ${preset.padEnd(8)} ${p.name.padEnd(40)} ${t.label} run ${run + 1} failed: ${(err as Error).message.split('\n')[0].slice(0, 120)}${why ? ` — ${why}` : ''}`);
            }
          }
        }
        for (const [i, t] of targets.entries()) {
          const rs = reports[i]!;
          if (rs.length === 0) continue;
          const metric = (id: string) => median(rs.map((r) => r.audits[id]?.numericValue ?? NaN));
          const score = median(rs.map((r) => Math.round(r.categories.performance.score * 100)));
          const name = t.label ? `${p.name} [${t.label}]` : p.name;
          console.log(
            `  ${preset.padEnd(8)} ${name.padEnd(40)} score ${String(score).padStart(3)}` +
              `   FCP ${metric('first-contentful-paint').toFixed(0).padStart(5)} ms  LCP ${metric('largest-contentful-paint').toFixed(0).padStart(5)} ms` +
              `  TBT ${metric('total-blocking-time').toFixed(0).padStart(4)} ms  CLS ${metric('cumulative-layout-shift').toFixed(3)}` +
              `  transfer ${(metric('total-byte-weight') / 1024).toFixed(1).padStart(6)} KB`,
          );
        }
      }
    }
    console.log('');
  } finally {
    baseline.close();
    for (const c of consoles) c.kill();
  }
}

void main();
