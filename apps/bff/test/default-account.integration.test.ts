import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './fake-upstream';
import { startHarness, type Harness } from './harness';

let h: Harness;
let aaa: string;
const NOWHERE = { provider: 'cds', name: 'AAA first by name', accessKeyId: 'AKX', secret: 'SK-elsewhere', endpointArea: 'custom', endpointUrl: 'http://127.0.0.1:9' };
beforeAll(async () => {
  h = await startHarness();
  // Alphabetically first, and pointing nowhere useful: it must not become the default by its name.
  const made = await h.call('/api/accounts', NOWHERE);
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  aaa = made.body.account.id;
}, 60_000);
afterAll(async () => h?.close());

const defaultsListed = async (harness = h) =>
  ((await harness.call('/api/accounts')).body.items as { name: string; provider: string; isDefault: boolean }[])
    .filter((a) => a.isDefault)
    .map((a) => `${a.provider}:${a.name}`);

describe('the default cloud account is a setting', () => {
  it('without ?account= the environment account answers, not the alphabetically first, and the list marks it', async () => {
    const r = await h.action('ccs', 'DescribeInstances', { PageSize: 1 });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(await defaultsListed()).toEqual(['cds:Default (environment)']);
  });

  it('DEFAULT_CDS_ACCOUNT names another default', async () => {
    const other = await startHarness({ bff: { defaultAccounts: { cds: 'AAA first by name' } } });
    try {
      await other.call('/api/accounts', NOWHERE);
      const r = await other.action('ccs', 'DescribeInstances', { PageSize: 1 });
      expect(r.status).toBe(502);
      expect(r.body.code).toBe('UpstreamUnreachable');
      expect(await defaultsListed(other)).toEqual(['cds:AAA first by name']);
    } finally {
      await other.close();
    }
  }, 60_000);

  it('an admin chooses the default (audited): the list marks it, and calls without ?account= use it', async () => {
    const res = await put('/api/accounts/default', { provider: 'cds', accountId: aaa });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ provider: 'cds', accountId: aaa });
    expect(await defaultsListed()).toEqual(['cds:AAA first by name']);
    const r = await h.action('ccs', 'DescribeInstances', { PageSize: 1 });
    expect(r.body.code).toBe('UpstreamUnreachable');
    const records = h.audit.entries.filter((e) => e.action === 'SetDefaultCloudAccount');
    expect(records.map((e) => [e.outcome, e.user, (e.params as { accountId: string }).accountId])).toEqual([
      ['pending', 'admin', aaa],
      ['success', 'admin', aaa],
    ]);
    // Back to the environment's account, for the tests after this one.
    const env = ((await h.call('/api/accounts')).body.items as { id: string; name: string }[]).find((a) => a.name === 'Default (environment)')!;
    expect((await put('/api/accounts/default', { provider: 'cds', accountId: env.id })).status).toBe(200);
    expect((await h.action('ccs', 'DescribeInstances', { PageSize: 1 })).status).toBe(200);
  });

  it('the choice outlives the environment value: DEFAULT_CDS_ACCOUNT is only the first one', async () => {
    const other = await startHarness({ bff: { defaultAccounts: { cds: 'AAA first by name' } } });
    try {
      const env = ((await other.call('/api/accounts')).body.items as { id: string; name: string }[]).find((a) => a.name === 'Default (environment)')!;
      await other.call('/api/accounts', NOWHERE);
      expect(await defaultsListed(other)).toEqual(['cds:AAA first by name']);
      expect((await put('/api/accounts/default', { provider: 'cds', accountId: env.id }, other)).status).toBe(200);
      expect(await defaultsListed(other)).toEqual(['cds:Default (environment)']);
      expect((await other.action('ccs', 'DescribeInstances', { PageSize: 1 })).status).toBe(200);
    } finally {
      await other.close();
    }
  }, 60_000);

  it('is admin-only and validated: a viewer is refused (audited), a bad body, another cloud or an unknown id too', async () => {
    expect((await h.call('/api/users', { username: 'defaultviewer', role: 'viewer', password: 'Viewer-Pass-4-Tests!' })).status).toBe(201);
    const viewer = await signIn(h.bffUrl, { username: 'defaultviewer', password: 'Viewer-Pass-4-Tests!' });
    const refused = await put('/api/accounts/default', { provider: 'cds', accountId: aaa }, h, viewer);
    expect(refused.status).toBe(403);
    expect(h.audit.entries.filter((e) => e.user === 'defaultviewer').map((e) => [e.action, e.outcome])).toContainEqual(['PUT /accounts/default', 'forbidden']);
    expect(await defaultsListed()).toEqual(['cds:Default (environment)']);

    const bad = await put('/api/accounts/default', { provider: 'aws', accountId: 'x', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('ValidationError');
    const wrongCloud = await put('/api/accounts/default', { provider: 'mos', accountId: aaa });
    expect([wrongCloud.status, wrongCloud.body.code]).toEqual([400, 'WrongCloudAccount']);
    const unknown = await put('/api/accounts/default', { provider: 'cds', accountId: '00000000-0000-4000-8000-000000000000' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'CloudAccountNotFound']);
  });

  it('a deleted default falls back to the next: the environment account', async () => {
    const gone = await h.call('/api/accounts', { ...NOWHERE, name: 'Soon gone' });
    expect((await put('/api/accounts/default', { provider: 'cds', accountId: gone.body.account.id })).status).toBe(200);
    const del = await fetch(`${h.bffUrl}/api/accounts/${gone.body.account.id}`, { method: 'DELETE', headers: { Cookie: h.cookie, 'X-CSRF': '1' } });
    expect(del.status).toBe(204);
    expect(await defaultsListed()).toEqual(['cds:Default (environment)']);
    expect((await h.action('ccs', 'DescribeInstances', { PageSize: 1 })).status).toBe(200);
  });
});

async function put(path: string, body: unknown, harness = h, cookie = harness.cookie) {
  const res = await fetch(harness.bffUrl + path, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF': '1' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
