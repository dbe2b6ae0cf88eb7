import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './fake-upstream';
import { startHarness, type Harness } from './harness';

let h: Harness;
let viewer: string;
beforeAll(async () => {
  h = await startHarness();
  expect((await h.call('/api/users', { username: 'auditviewer', role: 'viewer', password: 'Viewer-Pass-4-Tests!' })).status).toBe(201);
  viewer = await signIn(h.bffUrl, { username: 'auditviewer', password: 'Viewer-Pass-4-Tests!' });
  // Someone types the viewer's name with a wrong password from another address, and a name of their own.
  for (const username of ['auditviewer', 'typo-of-someone']) {
    await fetch(`${h.bffUrl}/api/session`, {
      method: 'POST',
      headers: { 'X-CSRF': '1', 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: 'wrong' }),
    });
  }
}, 60_000);
afterAll(async () => h?.close());

type Row = { user: string; ip: string; action: string; outcome: string };
const list = async (cookie: string, query = '') => {
  const res = await fetch(`${h.bffUrl}/api/audit?pageSize=200${query}`, { headers: { 'X-CSRF': '1', Cookie: cookie } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Row[]; total: number }).items;
};

describe('who reads the audit log is decided by role', () => {
  it('an admin sees everything, failed sign-ins and addresses included', async () => {
    const rows = await list(h.cookie);
    expect(rows.some((r) => r.user === 'typo-of-someone')).toBe(true);
    expect(rows.some((r) => r.user === 'admin' && r.action === 'CreateUser')).toBe(true);
  });

  it('a viewer sees their own actions only, whatever filter they ask for', async () => {
    for (const query of ['', '&user=admin', '&user=typo-of-someone']) {
      const rows = await list(viewer, query);
      expect(rows.every((r) => r.user === 'auditviewer'), query).toBe(true);
    }
    expect((await list(viewer)).some((r) => r.action === 'Login' && r.outcome === 'success')).toBe(true);
  });

  it('a failed sign-in under their name shows no address: it may be someone else’s', async () => {
    const denied = (await list(viewer)).filter((r) => r.action === 'Login' && r.outcome === 'denied');
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((r) => r.ip === '')).toBe(true);
  });
});
