import type { AddressInfo } from 'node:net';
import express from 'express';
import { cdsFallbacks, cdsRouter } from './cds/router';
import { cdsRegistry } from './cds/responses/index';
import { backupFiles } from './cds/backup-files';
import { World } from './cds/models/world';
import { FaultInjector } from './faults/inject';
import type { FaultPlan } from './faults/plan';
import { createLogger } from './log';
import { MosWorld } from './mos/models/world';
import { MOS_DEFAULT_PORT, MOS_DEMO_KEY, startMosServer, type MosServer } from './mos/server';

export { World } from './cds/models/world';
export { DEMO_INSTANCES, MAX_INSTANCES, parseInstanceCount } from './cds/seed/scale-world';
export type { Account } from './cds/models/account';
export type { Instance, InstanceStatus } from './cds/models/instance';
export type { Task, TaskStatus } from './cds/models/tasks';
export { FAIL_MARKER } from './cds/models/create-instances';
export { MosWorld } from './mos/models/world';
export type { MosAccount } from './mos/models/account';
export type { MosInstance, MosStatus } from './mos/models/instance';
export { MOS_DEMO_KEY, MOS_DEFAULT_PORT } from './mos/server';
export { FAULTS_PATH, type FaultInjector, type FaultCounters } from './faults/inject';
export { parseFaultPlan, type FaultPlan, type FaultRule } from './faults/plan';
export type { MosServer } from './mos/server';

/** The demo key pair of a local simulator (printed in its banner; not a real credential). */
export const DEMO_KEY = { accessKeyId: 'AKDEMO0000000000000001', secret: 'SKdemo-local-simulator-secret-0001' };

export const SIM_DEFAULTS = { port: 8787, host: '127.0.0.1', taskMs: 4000, seed: 42, logLevel: 'info' };

export interface SimulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  accessKeyId?: string;
  secret?: string;
  /** Milliseconds a task takes from NEW to FINISH (DOING after a quarter of it). */
  taskMs?: number;
  /** Seed of the demo world: the same seed gives the same world. */
  seed?: number;
  logLevel?: string;
  /** Where log lines go (stdout by default). */
  logStream?: NodeJS.WritableStream;
  /** The server's clock in ms, for tests of timestamps; Date.now by default. */
  clock?: () => number;
  /** MOS on its own port: 8788 by default, a free one when `port` is 0. */
  mosPort?: number;
  mosAccessKeyId?: string;
  mosSecret?: string;
  /** Milliseconds a MOS change takes (creating → running, stopping → ready, …); taskMs by default. */
  mosTransitionMs?: number;
  /** Instances of the demo account (SIM_INSTANCES): 42 (the demo world) by default; more are generated beside it. */
  instances?: number;
  /** Faults to inject into CDS and MOS calls from the start (SIM_FAULTS); changeable at run time at FAULTS_PATH on either port. */
  faults?: FaultPlan;
}

export interface Simulator {
  /** Base URL, e.g. http://127.0.0.1:8787; products are at url + '/ccs', '/network', ... */
  url: string;
  port: number;
  close(): Promise<void>;
  /** Back to the freshly seeded worlds (pending tasks dropped), CDS and MOS. */
  reset(): void;
  world: World;
  /** The MOS API (url, port, world) beside CDS. */
  mos: MosServer;
  /** Faults on demand in front of CDS and MOS, one plan (faults/inject.ts). */
  faults: FaultInjector;
}

/** Starts the simulator over HTTP: CDS on `port`, MOS on `mosPort`. */
export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const host = opts.host ?? SIM_DEFAULTS.host;
  const log = createLogger(opts.logLevel ?? SIM_DEFAULTS.logLevel, opts.logStream);
  const world = new World({
    seed: opts.seed ?? SIM_DEFAULTS.seed,
    taskMs: opts.taskMs ?? SIM_DEFAULTS.taskMs,
    accessKeyId: opts.accessKeyId ?? DEMO_KEY.accessKeyId,
    secret: opts.secret ?? DEMO_KEY.secret,
    clock: opts.clock,
    instances: opts.instances,
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', false);
  const faults = new FaultInjector(opts.faults ?? { rules: [] }, log.child({ part: 'faults' }));
  app.use(faults.adminRouter());
  app.use(faults.middleware);
  app.use(cdsRouter(world, cdsRegistry(), log));
  app.use(backupFiles(world));
  const fallbacks = cdsFallbacks(log);
  app.use(fallbacks.notFound);
  app.use(fallbacks.errors);

  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    const s = app.listen(opts.port ?? SIM_DEFAULTS.port, host, (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  world.publicUrl = url;
  log.info({ url, seed: world.seed, taskMs: world.scheduler.taskMs }, 'simulator listening');

  const mosWorld = new MosWorld({
    seed: opts.seed ?? SIM_DEFAULTS.seed,
    transitionMs: opts.mosTransitionMs ?? opts.taskMs ?? SIM_DEFAULTS.taskMs,
    accessKeyId: opts.mosAccessKeyId ?? MOS_DEMO_KEY.accessKeyId,
    secret: opts.mosSecret ?? MOS_DEMO_KEY.secret,
    clock: opts.clock,
  });
  const mos = await startMosServer({
    port: opts.mosPort ?? (opts.port === 0 ? 0 : MOS_DEFAULT_PORT),
    host,
    world: mosWorld,
    log: log.child({ cloud: 'mos' }),
    faults,
  }).catch(async (err: unknown) => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw err;
  });

  return {
    url,
    port,
    world,
    mos,
    faults,
    reset: () => {
      world.reset();
      mosWorld.reset();
    },
    close: async () => {
      world.close();
      await mos.close();
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
