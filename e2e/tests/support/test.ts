import { test as base, expect, request } from '@playwright/test';
import { noteResponse, takeWrites } from './audit-trail';
import { E2E_ADMIN } from './session';

/**
 * Every spec imports `test` from here. An automatic fixture notes the request id of every write
 * made during the test (the browser's, and the test's own through `api()`), then asks the audit
 * log, as the admin, for an entry with each id: a write the BFF forgot to audit fails the test.
 */
export const test = base.extend<{ auditEveryWrite: void }>({
  auditEveryWrite: [
    async ({ context, baseURL }, use) => {
      takeWrites();
      context.on('response', (res) => noteResponse(res.request().method(), res.url(), res.status(), res.headers()['x-request-id']));
      await use();
      const writes = takeWrites();
      if (writes.length === 0) return;
      const admin = await request.newContext({ baseURL, extraHTTPHeaders: { 'X-CSRF': '1' } });
      try {
        expect((await admin.post('/api/session', { data: E2E_ADMIN })).status(), 'the audit check signs in').toBe(200);
        const missing: string[] = [];
        for (const w of writes) {
          const res = await admin.get(`/api/audit?requestId=${encodeURIComponent(w.requestId)}`);
          const body = (await res.json()) as { items: unknown[] };
          if (body.items.length === 0) missing.push(w.what);
        }
        expect(missing, 'writes without an audit entry').toEqual([]);
      } finally {
        await admin.dispose();
      }
    },
    { auto: true },
  ],
});

export { expect };
