import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { catalog } from '@console/api-types';
import express from 'express';
import { signCdsQuery, toQueryString } from '@console/cloud-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../index';
import { cdsClient, startTestSim, STRONG_PASSWORD, TEST_KEY, type CdsClient, readJson } from '../testing/client';
import { createLogger } from '../log';
import { World } from './models/world';
import { Registry } from './registry';
import { cdsRegistry } from './responses/index';
import { cdsRouter } from './router';
import { CDS_PATHS } from './upstream-actions';

let sim: Simulator;
let client: CdsClient;
const logLines: string[] = [];
beforeAll(async () => {
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  sim = await startTestSim({ logLevel: 'debug', logStream });
  client = cdsClient(sim);
});
afterAll(async () => sim?.close());

const signedUrl = (path: string, method: 'GET' | 'POST', action: string, query: Record<string, string> = {}) =>
  `${sim.url}${path}?${toQueryString(signCdsQuery({ method, action, accessKeyId: TEST_KEY.accessKeyId, secret: TEST_KEY.secret, query }))}`;

async function post(path: string, action: string, body: string | undefined, headers: Record<string, string> = {}) {
  const res = await fetch(signedUrl(path, 'POST', action), { method: 'POST', body, headers });
  return { status: res.status, body: await readJson(res) };
}

describe('routing', () => {
  it('serves every product path with and without a trailing slash, GET and POST', async () => {
    for (const path of CDS_PATHS) {
      for (const p of [path, `${path}/`]) {
        for (const method of ['GET', 'POST'] as const) {
          const res = await fetch(signedUrl(p, method, 'NoSuchAction'), { method });
          expect(res.status, `${method} ${p}`).toBe(404);
          const body = await readJson(res);
          expect(body.Code).toBe('InvalidAction.NotFound');
          expect(body.RequestId).toMatch(/^[0-9a-f-]{36}$/);
        }
      }
    }
  });

  it('answers 501 NotImplemented.Simulator for a real action without a handler', async () => {
    // Every catalog action is simulated now, so the rule is checked on a router with an empty registry.
    const world = new World({ seed: 1, taskMs: 100, ...TEST_KEY });
    const app = express().use(cdsRouter(world, new Registry(), createLogger('silent')));
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const [path, action] of [['/ccs', 'ModifySecurityGroupRulePriority'], ['/network', 'CreateVdc']]) {
        const query = toQueryString(signCdsQuery({ method: 'GET', action: action!, accessKeyId: TEST_KEY.accessKeyId, secret: TEST_KEY.secret, query: {} }));
        const res = await fetch(`${base}${path}?${query}`);
        const body = await readJson(res);
        expect(res.status, `${path} ${action}`).toBe(501);
        expect(body.Code).toBe('NotImplemented.Simulator');
        expect(body.Message).toMatch(/does not implement/);
      }
    } finally {
      world.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('serves every CDS action of the catalog', () => {
    const served = new Set(cdsRegistry().list());
    expect(catalog.filter((a) => a.provider === 'cds' && !served.has(`${a.path} ${a.action}`)).map((a) => a.action)).toEqual([]);
  });

  it('answers 404 for an action sent to another product path', async () => {
    const r = await client.get('/ccs', 'DescribeVdc');
    expect(r.status).toBe(404);
    expect(r.body.Code).toBe('InvalidAction.NotFound');
  });

  it('answers 404 InvalidPath.NotFound outside the product paths and 405 for other methods', async () => {
    const other = await fetch(`${sim.url}/compute?Action=DescribeVdc`);
    expect(other.status).toBe(404);
    expect((await readJson(other)).Code).toBe('InvalidPath.NotFound');
    const put = await fetch(signedUrl('/ccs', 'GET', 'DescribeTask'), { method: 'PUT' });
    expect(put.status).toBe(405);
    expect((await readJson(put)).Code).toBe('UnsupportedHTTPMethod');
  });

  it('checks the key before the action, so an unsigned caller cannot probe action names', async () => {
    const r = await fetch(`${sim.url}/ccs?Action=ModifyInstanceSpec`);
    expect(r.status).toBe(400);
    expect((await readJson(r)).Code).toBe('MissingParameter');
  });
});

describe('POST bodies', () => {
  it('reads a JSON body whatever its Content-Type, or with none', async () => {
    for (const headers of [{} as Record<string, string>, { 'Content-Type': 'text/plain' }, { 'Content-Type': 'application/x-www-form-urlencoded' }, { 'Content-Type': 'application/json; charset=utf-8' }]) {
      const r = await post('/ccs', 'DescribeInstances', JSON.stringify({ PageSize: 2 }), headers);
      expect(r.status).toBe(200);
      expect(r.body.Data.Instances).toHaveLength(2);
    }
  });

  it('treats an empty body as no parameters', async () => {
    const r = await post('/ccs', 'DescribeInstances', '');
    expect(r.status).toBe(200);
    expect(r.body.Data.Instances).toHaveLength(10);
  });

  it('answers 400 InvalidBody.Malformed for a body that is not a JSON object', async () => {
    for (const body of ['{"PageSize":', 'PageSize=2', '[1,2]', '"text"']) {
      const r = await post('/ccs', 'DescribeInstances', body, { 'Content-Type': 'application/json' });
      expect(r.status, body).toBe(400);
      expect(r.body.Code).toBe('InvalidBody.Malformed');
      expect(r.body.Message).toMatch(/not a JSON object/);
    }
  });

  it('answers 413 for a body over 1 MB', async () => {
    const r = await post('/ccs', 'DescribeInstances', JSON.stringify({ VdcId: 'x'.repeat(1_100_000) }));
    expect(r.status).toBe(413);
    expect(r.body.Code).toBe('InvalidBody.TooLarge');
  });

  it('merges query parameters with the body (the body wins)', async () => {
    const res = await fetch(signedUrl('/ccs', 'POST', 'DescribeInstances', { PageSize: '3' }), { method: 'POST', body: '{}' });
    expect((await readJson(res)).Data.Instances).toHaveLength(3);
    const both = await fetch(signedUrl('/ccs', 'POST', 'DescribeInstances', { PageSize: '3' }), { method: 'POST', body: '{"PageSize":1}' });
    expect((await readJson(both)).Data.Instances).toHaveLength(1);
  });
});

describe('logs', () => {
  it('write one JSON line per call with its request id, never the secret, the signature or a password', async () => {
    const vdcs = await client.get('/network', 'DescribeVdc', { RegionId: 'CN_Beijing_A' });
    await client.post('/ccs', 'CreateInstance', { RegionId: 'CN_Beijing_A', VdcId: vdcs.body.Data[0].VdcId, Password: STRONG_PASSWORD });
    await client.post('/ccs', 'CreateInstance', { RegionId: 'CN_Beijing_A', VdcId: 'bad', Password: STRONG_PASSWORD });
    const calls = logLines.map((l) => JSON.parse(l)).filter((e) => e.msg === 'cds call');
    expect(calls.length).toBeGreaterThan(3);
    for (const c of calls) expect(c.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const all = logLines.join('\n');
    expect(all).not.toContain(TEST_KEY.secret);
    expect(all).not.toContain(STRONG_PASSWORD);
    expect(all).not.toMatch(/Signature=|"Signature"/);
  });
});
