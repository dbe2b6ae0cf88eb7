import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => h?.close());

const send = async (method: string, path: string, body: unknown) => {
  const res = await fetch(h.bffUrl + path, {
    method,
    headers: { 'X-CSRF': '1', 'Content-Type': 'application/json', Cookie: h.cookie },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { account?: { id: string }; issues?: { path: string; message: string }[] } };
};
const cds = (name: string, endpointUrl: string) => ({ provider: 'cds', name, accessKeyId: 'AK1', secret: 'SK-secret-1', endpointArea: 'custom', endpointUrl });

describe('cloud account endpoints are checked', () => {
  it.each([
    ['http://169.254.169.254/latest', 'cds'],
    ['http://[fd00:ec2::254]/', 'cds'],
    ['http://169.254.10.1:8080', 'mos'],
    ['https://attacker.example.com', 'cds'],
  ])('%s is refused (%s), naming endpointUrl', async (url, provider) => {
    const body = provider === 'cds' ? cds(`x-${url}`.slice(0, 60), url) : { provider: 'mos', name: 'm', accessKeyId: 'AK', secret: 'SK', endpointUrl: url };
    const r = await send('POST', '/api/accounts', body);
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.issues?.[0]?.path).toBe('endpointUrl');
  });

  it('moving an account to another endpoint needs its secret again', async () => {
    const made = await send('POST', '/api/accounts', cds('moving', h.sim.url));
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const id = made.body.account!.id;
    const moved = await send('PATCH', `/api/accounts/${id}`, { endpointArea: 'mainland', endpointUrl: null });
    expect(moved.status).toBe(400);
    expect(moved.body.issues?.[0]?.path).toBe('secret');
    // Unchanged endpoint fields (as the edit form sends them) need no secret.
    expect((await send('PATCH', `/api/accounts/${id}`, { name: 'moving2', endpointArea: 'custom', endpointUrl: h.sim.url })).status).toBe(200);
    expect((await send('PATCH', `/api/accounts/${id}`, { endpointArea: 'mainland', endpointUrl: null, secret: 'SK-secret-2' })).status).toBe(200);
  });
});
