/**
 * Lighthouse's performance score of the sign-in page and of the instance list (signed in), in
 * Debian's Chromium, against the console on its embedded defaults (own ports, built SPA served by
 * the BFF with its compression and cache headers). Lighthouse 12 (the last to run on Node 20)
 * comes from npm through npx, so the test install does not carry it. Prints the median of three
 * runs for the mobile (default, simulated slow 4G and 4× CPU) and desktop presets, with the
 * metrics behind the score; the baseline is the bare `/api/session` JSON route measured the same
 * way in the same run (a page with no JavaScript at all). Asserts nothing. Run: pnpm bench:lighthouse
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ADMIN, CHROMIUM, CHROMIUM_ARGS, median, startConsole } from './support';

const PORT = 28_280;
const SIM_PORT = 28_887;
const BASE = `http://localhost:${PORT}`;
const RUNS = 3;
const LIGHTHOUSE = 'lighthouse@12.8.2';

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

function lighthouse(url: string, preset: 'mobile' | 'desktop', cookie?: string): Report {
  const dir = mkdtempSync(path.join(tmpdir(), 'lh-'));
  const out = path.join(dir, 'report.json');
  try {
    execFileSync(
      'npx',
      [
        '--yes', LIGHTHOUSE, url,
        '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet',
        `--chrome-flags=${CHROMIUM_ARGS.join(' ')} --user-data-dir=${path.join(dir, 'profile')}`,
        ...(preset === 'desktop' ? ['--preset=desktop'] : []),
        ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'inherit'], timeout: 180_000 },
    );
    return JSON.parse(readFileSync(out, 'utf8')) as Report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const console_ = await startConsole(PORT, SIM_PORT);
  try {
    const cookie = await sessionCookie();
    const pages = [
      { name: 'baseline: /api/session (JSON, no JS)', url: `${BASE}/api/session` },
      { name: 'sign-in page', url: `${BASE}/login` },
      { name: 'instance list (signed in)', url: `${BASE}/instances?region=CN_Beijing_A`, cookie },
    ];
    console.log(`\nLighthouse ${LIGHTHOUSE} performance, median of ${RUNS} runs (target: score ≥ 95)\n`);
    for (const preset of ['mobile', 'desktop'] as const) {
      for (const p of pages) {
        const reports = Array.from({ length: RUNS }, () => lighthouse(p.url, preset, p.cookie));
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
    console_.kill();
  }
}

void main();
