import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Logger } from 'pino';
import type { FaultInjector } from '../faults/inject';
import { MOS_FAULT_WIRE } from './faults';
import type { MosWorld } from './models/world';
import { mosRegistry } from './responses/index';
import { mosFallbacks, mosRouter } from './router';

/** The demo key pair of the local MOS simulator (printed in its banner; not a real credential). */
export const MOS_DEMO_KEY = { accessKeyId: 'MOSDEMO00000000000000001', secret: 'mos-demo-local-simulator-secret-0001' };
export const MOS_DEFAULT_PORT = 8788;

export interface MosServer {
  /** e.g. http://127.0.0.1:8788; the API is at url + '/' and url + '/mcs/v1'. */
  url: string;
  port: number;
  world: MosWorld;
  close(): Promise<void>;
}

/** Serves the MOS API of a world over HTTP on its own port. */
export async function startMosServer(opts: { port: number; host: string; world: MosWorld; log: Logger; faults?: FaultInjector }): Promise<MosServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', false);
  // The same plan as CDS's, at the same admin path on this port too.
  if (opts.faults) app.use(opts.faults.adminRouter());
  app.use(mosRouter(opts.world, mosRegistry(), opts.log, opts.faults?.middlewareFor(MOS_FAULT_WIRE)));
  const fallbacks = mosFallbacks(opts.log);
  app.use(fallbacks.notFound);
  app.use(fallbacks.errors);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(opts.port, opts.host, (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`;
  opts.log.info({ url }, 'MOS simulator listening');
  return {
    url,
    port,
    world: opts.world,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
