// Starts the simulator and the BFF in one process: the console on its embedded defaults.
// With --dev it also starts Vite's dev server with hot reload instead of serving the build.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFromEnv, DEMO_SIM_KEY, startBff } from '../apps/bff/src/index';
import { MOS_DEMO_KEY, parseInstanceCount, startSimulator } from '../apps/cloud-sim/src/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const env = process.env;

/** A port already taken is the usual start failure: say which and what to do, not a stack trace. */
function explainStartFailure(what: string, port: string, variable: string) {
  return (err: unknown): never => {
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      process.stderr.write(
        `\n  The ${what} cannot listen on port ${port}: another program (perhaps a console started earlier) uses it.\n` +
          `  Stop that program, or choose another port: ${variable}=<port> npm start\n\n`,
      );
      process.exit(1);
    }
    throw err;
  };
}

const sim = await startSimulator({
  port: Number(env.SIM_CDS_PORT ?? 8787),
  host: '127.0.0.1',
  accessKeyId: env.SIM_ACCESS_KEY_ID,
  secret: env.SIM_ACCESS_KEY_SECRET,
  taskMs: env.SIM_TASK_MS ? Number(env.SIM_TASK_MS) : undefined,
  seed: env.SIM_SEED ? Number(env.SIM_SEED) : undefined,
  instances: parseInstanceCount(env.SIM_INSTANCES),
  logLevel: env.SIM_LOG_LEVEL ?? 'warn',
  mosPort: Number(env.SIM_MOS_PORT ?? 8788),
  mosAccessKeyId: env.SIM_MOS_ACCESS_KEY_ID,
  mosSecret: env.SIM_MOS_ACCESS_KEY_SECRET,
}).catch((err: unknown) => {
  const mosPort = env.SIM_MOS_PORT ?? '8788';
  if ((err as { port?: number }).port === Number(mosPort)) return explainStartFailure('MOS simulator', mosPort, 'SIM_MOS_PORT')(err);
  return explainStartFailure('simulator', env.SIM_CDS_PORT ?? '8787', 'SIM_CDS_PORT')(err);
});

// On the embedded defaults (no real cloud configured) the console also gets a MOS account for
// the simulator's MOS API, beside the CDS one.
const mosOnSimulator = !env.MOS_ENDPOINT && !env.CDS_ENDPOINT;

// Against the embedded simulator with no admin password given, a known demo admin is created
// (only when nobody exists yet). Pointed at a real cloud, the first admin comes from /setup.
const DEMO_ADMIN_PASSWORD = 'Demo-Console-2026!';
const demoAdmin = !env.CONSOLE_ADMIN_PASSWORD && !env.CDS_ENDPOINT;

const config = configFromEnv({
  ...env,
  CONSOLE_ADMIN_PASSWORD: env.CONSOLE_ADMIN_PASSWORD ?? (demoAdmin ? DEMO_ADMIN_PASSWORD : undefined),
  CDS_ENDPOINT: env.CDS_ENDPOINT ?? sim.url,
  // Against the embedded simulator the BFF uses the simulator's key pair unless told otherwise.
  CDS_ACCESS_KEY_ID: env.CDS_ACCESS_KEY_ID ?? (env.CDS_ENDPOINT ? undefined : env.SIM_ACCESS_KEY_ID ?? DEMO_SIM_KEY.id),
  CDS_ACCESS_KEY_SECRET:
    env.CDS_ACCESS_KEY_SECRET ?? (env.CDS_ENDPOINT ? undefined : env.SIM_ACCESS_KEY_SECRET ?? DEMO_SIM_KEY.secret),
  ...(mosOnSimulator
    ? {
        MOS_ENDPOINT: `${sim.mos.url}/mcs/v1`,
        MOS_REGION: env.MOS_REGION ?? 'Beijing',
        MOS_ACCESS_KEY_ID: env.SIM_MOS_ACCESS_KEY_ID ?? MOS_DEMO_KEY.accessKeyId,
        MOS_ACCESS_KEY_SECRET: env.SIM_MOS_ACCESS_KEY_SECRET ?? MOS_DEMO_KEY.secret,
      }
    : {}),
});
const bff = await startBff(config).catch(async (err: unknown) => {
  await sim.close();
  return explainStartFailure('console server', String(config.port), 'PORT')(err);
});

let url = bff.url.replace('127.0.0.1', 'localhost');
if (dev) {
  const vite = path.join(root, 'apps/web/node_modules/vite/bin/vite.js');
  spawn(process.execPath, [vite], { cwd: path.join(root, 'apps/web'), stdio: 'inherit' });
  url = 'http://localhost:5173';
}

const login = bff.setupCode
  ? `first start: open ${url}/setup and enter the setup code ${bff.setupCode} to create the admin`
  : demoAdmin
    ? `${config.admin.username} / ${DEMO_ADMIN_PASSWORD}  (demo admin, unless you changed its password)`
    : `sign in as ${config.admin.username} with your password`;
process.stdout.write(`
  Cloud console is up.
    Open:            ${url}
    Sign in:         ${login}
    CDS upstream:    ${config.cds.endpoint}${config.cds.endpoint === sim.url ? ' (embedded simulator)' : ''}
    MOS upstream:    ${config.mos ? `${config.mos.endpoint}${mosOnSimulator ? ' (embedded simulator)' : ''}` : '(none from the environment; add MOS accounts in the console)'}
    Simulator:       ${sim.url} (CDS), ${sim.mos.url} (MOS); demo key pairs are in the README
  Ctrl-C stops everything.
`);

const stop = async () => {
  await bff.close();
  await sim.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
