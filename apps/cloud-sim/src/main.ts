import { DEMO_KEY, FAULTS_PATH, MOS_DEFAULT_PORT, MOS_DEMO_KEY, parseFaultPlan, parseInstanceCount, SIM_DEFAULTS, startSimulator, type FaultPlan } from './index';

const env = process.env;
function num(name: string, fallback: number): number {
  const v = env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`${name} must be a whole number, got "${v}"\n`);
    process.exit(2);
  }
  return n;
}

const accessKeyId = env.SIM_ACCESS_KEY_ID || DEMO_KEY.accessKeyId;
const secret = env.SIM_ACCESS_KEY_SECRET || DEMO_KEY.secret;
const mosAccessKeyId = env.SIM_MOS_ACCESS_KEY_ID || MOS_DEMO_KEY.accessKeyId;
const mosSecret = env.SIM_MOS_ACCESS_KEY_SECRET || MOS_DEMO_KEY.secret;

let faults: FaultPlan;
let instances: number;
try {
  faults = parseFaultPlan(env.SIM_FAULTS ?? '');
  instances = parseInstanceCount(env.SIM_INSTANCES);
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(2);
}

const sim = await startSimulator({
  faults,
  instances,
  port: num('SIM_CDS_PORT', SIM_DEFAULTS.port),
  host: env.SIM_HOST || SIM_DEFAULTS.host,
  accessKeyId,
  secret,
  taskMs: num('SIM_TASK_MS', SIM_DEFAULTS.taskMs),
  seed: num('SIM_SEED', SIM_DEFAULTS.seed),
  logLevel: env.SIM_LOG_LEVEL || SIM_DEFAULTS.logLevel,
  mosPort: num('SIM_MOS_PORT', MOS_DEFAULT_PORT),
  mosAccessKeyId,
  mosSecret,
}).catch((err: unknown) => {
  const e = err as NodeJS.ErrnoException & { port?: number };
  if (e.code !== 'EADDRINUSE') throw err;
  const [port, variable] = e.port === num('SIM_MOS_PORT', MOS_DEFAULT_PORT) ? [e.port, 'SIM_MOS_PORT'] : [env.SIM_CDS_PORT || SIM_DEFAULTS.port, 'SIM_CDS_PORT'];
  process.stderr.write(`The simulator cannot listen on port ${port}: it is in use. Set ${variable} to another port.\n`);
  process.exit(1);
});

const account = sim.world.account(accessKeyId)!;
// Only the built-in demo secret is printed; one given in the environment stays out of the output.
const shownSecret = env.SIM_ACCESS_KEY_SECRET ? '(set by SIM_ACCESS_KEY_SECRET)' : secret;
const shownMosSecret = env.SIM_MOS_ACCESS_KEY_SECRET ? '(set by SIM_MOS_ACCESS_KEY_SECRET)' : mosSecret;
const mosAccount = sim.mos.world.account(mosAccessKeyId)!;
process.stderr.write(`
  CDS simulator listening on ${sim.url}
    products:  /ccs /network /billing /ccs-product /mysql /redis /memcached /paas/monitor
    key pair:  ${accessKeyId} / ${shownSecret}
    world:     seed ${sim.world.seed}, ${account.vdcs().length} VDCs, ${account.instances().length} instances; tasks take ${sim.world.scheduler.taskMs} ms
  MOS simulator listening on ${sim.mos.url} (API at / and /mcs/v1)
    key pair:  ${mosAccessKeyId} / ${shownMosSecret}
    world:     ${mosAccount.instances.size} instances, ${mosAccount.keyPairs.size} key pairs, balance ${mosAccount.balance.toFixed(2)}
    faults:    (both clouds) ${faults.rules.length ? `${faults.rules.length} rule(s) from SIM_FAULTS` : 'none'}; change them at ${sim.url}${FAULTS_PATH} (or ${sim.mos.url}${FAULTS_PATH})
  Ctrl-C stops it.

`);

const stop = async () => {
  await sim.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
