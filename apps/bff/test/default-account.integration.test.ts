import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  // Alphabetically first, and pointing nowhere useful: it must not become the default by its name.
  const made = await h.call('/api/accounts', { provider: 'cds', name: 'AAA first by name', accessKeyId: 'AKX', secret: 'SK-elsewhere', endpointArea: 'custom', endpointUrl: 'http://127.0.0.1:9' });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
}, 60_000);
afterAll(async () => h?.close());

describe('the default cloud account is a setting', () => {
  it('without ?account= the environment account answers, not the alphabetically first', async () => {
    const r = await h.action('ccs', 'DescribeInstances', { PageSize: 1 });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  });

  it('DEFAULT_CDS_ACCOUNT names another default', async () => {
    const other = await startHarness({ bff: { defaultAccounts: { cds: 'AAA first by name' } } });
    try {
      await other.call('/api/accounts', { provider: 'cds', name: 'AAA first by name', accessKeyId: 'AKX', secret: 'SK-elsewhere', endpointArea: 'custom', endpointUrl: 'http://127.0.0.1:9' });
      const r = await other.action('ccs', 'DescribeInstances', { PageSize: 1 });
      expect(r.status).toBe(502);
      expect(r.body.code).toBe('UpstreamUnreachable');
    } finally {
      await other.close();
    }
  }, 60_000);
});
