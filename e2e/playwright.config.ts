import { defineConfig } from '@playwright/test';

// Own ports, so a console you are running by hand (8080/8787) does not collide with the tests.
const BFF_PORT = Number(process.env.E2E_BFF_PORT ?? 18080);
const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 18787);
const MOS_PORT = Number(process.env.E2E_MOS_PORT ?? 18788);

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json']],
  outputDir: '../test-results/e2e-artifacts',
  use: {
    baseURL: `http://localhost:${BFF_PORT}`,
    // axe-core is injected as an inline script; the console's CSP (rightly) forbids that.
    bypassCSP: true,
    // A failed test keeps its trace (DOM snapshots, network, console) without the screencast, whose
    // frames cost every passing test CPU on a 2-core machine (docs/testing.md).
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: {
    // The real start path (simulator + BFF serving the built SPA), with fast tasks.
    command: 'node --import tsx ../scripts/start-console.ts',
    url: `http://127.0.0.1:${BFF_PORT}/api/session`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(BFF_PORT),
      SIM_CDS_PORT: String(SIM_PORT),
      SIM_MOS_PORT: String(MOS_PORT),
      SIM_TASK_MS: '2500',
      LOG_LEVEL: 'warn',
      DATA_DIR: '../test-results/e2e-data',
      CONSOLE_ADMIN_PASSWORD: 'E2e-Console-Pass-2026!',
    },
  },
});
