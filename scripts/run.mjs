#!/usr/bin/env node
// The README's two commands: `npm start` (the whole console on its embedded defaults) and
// `npm test` (every test). Both install what they need first, on a machine with only Node.
import { spawn, spawnSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import net from 'node:net';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '12.21.0';
const mode = process.argv[2];

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}
function must(cmd, args, opts) {
  const status = run(cmd, args, opts);
  if (status !== 0) {
    console.error(`\n✖ ${cmd} ${args.join(' ')} failed (exit ${status})`);
    process.exit(status);
  }
}

/** pnpm from PATH when it is new enough, else the pinned one fetched by npx. */
function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  const major = Number(probe.stdout?.trim().split('.')[0]);
  if (probe.status === 0 && major >= 10) return ['pnpm', []];
  return ['npx', ['--yes', `pnpm@${PNPM_VERSION}`]];
}
const [pnpmBin, pnpmPre] = pnpmCommand();
const pnpm = (...args) => must(pnpmBin, [...pnpmPre, ...args]);

function install() {
  console.log('› installing dependencies');
  pnpm('install', '--frozen-lockfile', '--reporter=append-only');
}

function buildWeb() {
  console.log('› building the web console');
  pnpm('--filter', '@console/web', 'build');
}

/**
 * Debian's Chromium (Playwright cannot download its own browser on these machines), and a CJK font
 * so the Chinese screenshots show characters rather than boxes (best effort: tests pass without it).
 */
function ensureChromium() {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const cjkFont = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
  const isRoot = process.getuid?.() === 0;
  const canApt = isRoot && existsSync('/usr/bin/apt-get');
  if (!existsSync(exe)) {
    if (!canApt) {
      console.error(`✖ end-to-end tests need Chromium at ${exe}: install Debian's chromium package or set CHROMIUM_PATH`);
      process.exit(1);
    }
    console.log('› installing Chromium from Debian');
    must('apt-get', ['update', '-qq']);
    must('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!existsSync(cjkFont) && canApt) {
    console.log('› installing a CJK font from Debian (for the Chinese screenshots)');
    if (run('apt-get', ['install', '-y', '-qq', 'fonts-noto-cjk'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }) !== 0) {
      console.warn('⚠ fonts-noto-cjk could not be installed: Chinese text in screenshots will show as boxes');
    }
  }
}

function portOpen(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host, timeout: 1500 });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
  });
}

/**
 * The storage tests run against PostgreSQL too: DATABASE_URL, else 127.0.0.1:5432. When nothing
 * answers, start the machine's own cluster if it has one; otherwise say why and skip that suite.
 */
async function ensurePostgres() {
  if (process.env.DATABASE_URL || (await portOpen(5432))) return;
  const ctl = '/usr/bin/pg_ctlcluster';
  if (existsSync(ctl) && existsSync('/etc/postgresql')) {
    for (const version of spawnSync('ls', ['/etc/postgresql'], { encoding: 'utf8' }).stdout.split(/\s+/).filter(Boolean)) {
      console.log(`› starting the local PostgreSQL ${version} cluster for the storage tests`);
      run(ctl, ['--skip-systemctl-redirect', version, 'main', 'start']);
    }
    if (await portOpen(5432)) return;
  }
  console.warn('\n⚠ No PostgreSQL answers on 127.0.0.1:5432 and none could be started here; set DATABASE_URL to run the');
  console.warn('  PostgreSQL storage tests. They are skipped (CONSOLE_TEST_SKIP_POSTGRES=1); PGlite tests still run.\n');
  process.env.CONSOLE_TEST_SKIP_POSTGRES = '1';
}

function countVitest(file) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numRuntimeErrors ?? 0), skipped: r.numPendingTests + r.numTodoTests };
}
function countPlaywright(file) {
  const s = JSON.parse(readFileSync(file, 'utf8')).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

/** Seconds per stage of `npm test`, printed at the end so CI logs show where the time went. */
const stageTimes = [];
async function stage(name, fn) {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    stageTimes.push([name, (performance.now() - t0) / 1000]);
  }
}
function printStageTimes(totalStart) {
  console.log('\nstage times (s):');
  for (const [name, s] of stageTimes) console.log(`  ${name.padEnd(16)} ${s.toFixed(1).padStart(7)}`);
  console.log(`  ${'total'.padEnd(16)} ${((performance.now() - totalStart) / 1000).toFixed(1).padStart(7)}`);
}

/** pnpm with args, its output kept and printed whole once it ends; its seconds go to stageTimes. */
function timed(name, args) {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(pnpmBin, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    let ended = false;
    const done = (status) => {
      if (ended) return;
      ended = true;
      stageTimes.push([`  ${name}`, (performance.now() - t0) / 1000]);
      console.log(`\n── ${name} (exit ${status}) ──`);
      process.stdout.write(Buffer.concat(chunks));
      resolve({ name, status });
    };
    child.once('error', (err) => { chunks.push(Buffer.from(String(err))); done(1); });
    child.once('close', (code) => done(code ?? 1));
  });
}

async function test() {
  const totalStart = performance.now();
  process.on('exit', () => printStageTimes(totalStart));
  await stage('install', install);
  await stage('chromium check', ensureChromium);
  await stage('postgres check', ensurePostgres);
  const out = path.join(root, 'test-results');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // Type checks, lint and the web build are independent and each mostly one core's work: they run
  // side by side (on 2 cores ~1.6x sooner than one after another), each one's output printed
  // whole when it ends. Any failure still stops the run before the tests, as before.
  console.log('› type checking every package, lint and building the web console, side by side');
  const checks = await stage('checks (together)', () => Promise.all([
    timed('typecheck', [...pnpmPre, '-r', 'typecheck']),
    timed('lint', [...pnpmPre, 'exec', 'eslint', '.', '--max-warnings=0']),
    timed('build', [...pnpmPre, '--filter', '@console/web', 'build']),
  ]));
  const failedCheck = checks.find((c) => c.status !== 0);
  if (failedCheck) {
    console.error(`\n✖ ${failedCheck.name} failed (exit ${failedCheck.status})`);
    process.exit(failedCheck.status);
  }
  const vitestJson = path.join(out, 'vitest.json');
  const unitStatus = await stage('vitest', () => {
    console.log('› unit, contract and integration tests (vitest)');
    return run(pnpmBin, [...pnpmPre, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
  });
  const pwJson = path.join(out, 'playwright.json');
  const e2eStatus = await stage('e2e', () => {
    console.log('› end-to-end tests (Playwright in Chromium)');
    return run(pnpmBin, [...pnpmPre, '--filter', '@console/e2e', 'exec', 'playwright', 'test'], {
      env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson },
    });
  });
  const parts = [existsSync(vitestJson) ? countVitest(vitestJson) : { passed: 0, failed: 1, skipped: 0 },
    existsSync(pwJson) ? countPlaywright(pwJson) : { passed: 0, failed: 1, skipped: 0 }];
  const sum = parts.reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }));
  const failed = unitStatus !== 0 || e2eStatus !== 0 ? Math.max(sum.failed, 1) : sum.failed;
  console.log(`\ntests: ${sum.passed} passed, ${failed} failed, ${sum.skipped} skipped`);
  process.exit(failed === 0 ? 0 : 1);
}

function start() {
  install();
  buildWeb();
  must(pnpmBin, [...pnpmPre, 'exec', 'tsx', 'scripts/start-console.ts']);
}

function dev() {
  install();
  must(pnpmBin, [...pnpmPre, 'exec', 'tsx', 'scripts/start-console.ts', '--dev']);
}

const modes = { start, test, dev };
if (!modes[mode]) {
  console.error(`usage: node scripts/run.mjs ${Object.keys(modes).join('|')}`);
  process.exit(2);
}
await modes[mode]();
