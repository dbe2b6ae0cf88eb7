// What the browser benchmarks share: the console started on its embedded defaults, on its own
// ports, with data in memory, and Debian's Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const ADMIN = { username: 'admin', password: 'Bench-Console-Pass-2026!' };

/** Starts simulator + BFF + built SPA (scripts/start-console.ts) and waits until it answers; `env` adds settings (SIM_INSTANCES). */
export async function startConsole(port: number, simPort: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start-console.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), SIM_CDS_PORT: String(simPort), SIM_MOS_PORT: String(simPort + 1), DATA_DIR: ':memory:', LOG_LEVEL: 'warn', CONSOLE_ADMIN_PASSWORD: ADMIN.password, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/api/session`, { headers: { 'X-CSRF': '1' } }).then(() => true, () => false);
    if (up) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('the console did not start within a minute');
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
