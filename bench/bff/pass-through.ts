// The benchmark's baseline: the least a server in front of CDS must do, namely look the action up
// in the catalog, sign the call with @console/cloud-client and send it, then forward the answer.
// No session, no audit, no database, no validation or normalisation. Same URL shape as the BFF.
// Env: PORT (0 = any), CDS_ENDPOINT, CDS_ACCESS_KEY_ID, CDS_ACCESS_KEY_SECRET; PASS_THROUGH_CLIENT=request
// calls through undici's request on a pool of its own, as the BFF does, instead of Node's fetch.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findAction } from '../../packages/api-types/src/index';
import { callCds, connectionPool, UpstreamError } from '../../packages/cloud-client/src/index';

const creds = {
  endpoint: process.env.CDS_ENDPOINT!,
  accessKeyId: process.env.CDS_ACCESS_KEY_ID!,
  secret: process.env.CDS_ACCESS_KEY_SECRET!,
};
const dispatcher = process.env.PASS_THROUGH_CLIENT === 'request' ? connectionPool() : undefined;

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const m = /^\/api\/actions\/(cds)\/([\w-]+)\/(\w+)/.exec(req.url ?? '');
    const def = m && findAction(m[1]!, m[2]!, m[3]!);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    if (!def) return send(404, { code: 'UnknownAction' });
    const input = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>) : {};
    callCds(def, input, creds, { timeoutMs: 15_000, requestId: 'pass-through', dispatcher }).then(
      (raw) => send(200, { data: raw.body }),
      (err: unknown) => send(err instanceof UpstreamError ? err.httpStatus : 500, { code: (err as Error).message }),
    );
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`pass-through listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
