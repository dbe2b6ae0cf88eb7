import { test as base, expect, type APIRequestContext } from '@playwright/test';
import { noteResponse, takeWrites } from './audit-trail';
import { E2E_ADMIN } from './session';

/**
 * Every spec imports `test` from here. An automatic fixture notes the request id of every write
 * made during the test (the browser's, and the test's own through `api()`), then asks the audit
 * log, as the admin, for an entry with each id: a write the BFF forgot to audit fails the test.
 * The admin's API session is one per worker (one password hash, not one per test), signed in
 * again when a test ended it.
 */
export const test = base.extend<{ auditEveryWrite: void }, { auditor: APIRequestContext }>({
  auditor: [
    async ({ playwright }, use, workerInfo) => {
      const admin = await playwright.request.newContext({ baseURL: workerInfo.project.use.baseURL, extraHTTPHeaders: { 'X-CSRF': '1' } });
      await use(admin);
      await admin.dispose();
    },
    { scope: 'worker' },
  ],
  auditEveryWrite: [
    async ({ context, auditor }, use) => {
      takeWrites();
      context.on('response', (res) => noteResponse(res.request().method(), res.url(), res.status(), res.headers()['x-request-id']));
      await use();
      const writes = takeWrites();
      if (writes.length === 0) return;
      if ((await auditor.get('/api/session')).status() !== 200) {
        expect((await auditor.post('/api/session', { data: E2E_ADMIN })).status(), 'the audit check signs in').toBe(200);
      }
      const missing: string[] = [];
      for (const w of writes) {
        const res = await auditor.get(`/api/audit?requestId=${encodeURIComponent(w.requestId)}`);
        expect(res.status(), 'the audit check reads the log').toBe(200);
        const body = (await res.json()) as { items: unknown[] };
        if (body.items.length === 0) missing.push(w.what);
      }
      expect(missing, 'writes without an audit entry').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
