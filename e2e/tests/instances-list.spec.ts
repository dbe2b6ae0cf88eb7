import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { screenshot } from './support/screens';
import { api, signInAs } from './support/session';
import { expect, test } from './support/test';
import { drawn } from './support/tables';

// Issue #13, "Scale": the instance list is one page from the console server's inventory, sorted,
// searched and filtered there over every instance of the account (the URL keeps it all), and it
// says so when the server could not read the cloud again and shows its last list.

const SIM_FAULTS = `http://127.0.0.1:${process.env.E2E_SIM_PORT ?? 18787}/_sim/faults`;
const rows = (page: Page) => page.getByTestId('instance-row');
const ids = async (page: Page) => (await drawn(rows(page))).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-instance-id') ?? ''));
type Listed = { id: string; name: string; status: string; privateIps: string[] };
const inventory = async (page: Page, query: string) => (await api(page, 'GET', `/api/inventory/cds/instances?${query}`)).body as { items: Listed[]; totalCount: number };

test('sorted by a header, filtered by several statuses and searched, over every instance', async ({ page }) => {
  await signInAs(page, undefined, '/instances');
  await expect(rows(page)).toHaveCount(10);
  const unsorted = await ids(page);

  // Sort by name: the first page is the first ten names of the whole account, not of a page.
  const byName = (await inventory(page, 'sort=name&order=asc&size=10')).items.map((i) => i.id);
  await page.getByTestId('sort-name').click();
  await expect(page).toHaveURL(/sort=name(&|$)/);
  await expect.poll(() => ids(page)).toEqual(byName);
  expect(byName).not.toEqual(unsorted);
  await expect(page.locator('th[data-column=name]')).toHaveAttribute('aria-sort', 'ascending');
  await page.getByTestId('sort-name').click();
  await expect(page).toHaveURL(/sort=-name/);
  const byNameDesc = (await inventory(page, 'sort=name&order=desc&size=10')).items.map((i) => i.id);
  await expect.poll(() => ids(page)).toEqual(byNameDesc);
  // Page 2 continues the same order.
  await page.getByRole('button', { name: 'Page 2', exact: true }).click();
  const page2 = (await inventory(page, 'sort=name&order=desc&size=10&page=2')).items.map((i) => i.id);
  await expect.poll(() => ids(page)).toEqual(page2);

  // Several statuses at once: picked in the filter, then opened from a link.
  await page.goto('/instances');
  await page.getByTestId('status-filter').click();
  await page.getByRole('option', { name: 'Stopped', exact: true }).click();
  await page.getByRole('option', { name: 'Error', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/status=stop(%2C|,)error/);
  const stopOrError = await inventory(page, 'status=stop,error&size=10');
  await expect(rows(page)).toHaveCount(stopOrError.items.length);
  await expect(page.locator('[data-testid=instance-row]:not([data-status=stop]):not([data-status=error])')).toHaveCount(0);
  await page.goto('/instances?status=running,error');
  await expect(page.getByText(`${(await inventory(page, 'status=running,error')).totalCount} in total`)).toBeVisible();
  await expect(page.locator('[data-testid=instance-row]:not([data-status=running]):not([data-status=error])')).toHaveCount(0);
  await screenshot(page, 'instances-sorted-filtered-light');
  await expectNoSeriousA11yViolations(page, 'instances list, sorted and filtered by several statuses');

  // A private address finds its instance (the cloud's own filter knows only public ones).
  const withLan = (await inventory(page, 'size=100')).items.find((i) => i.privateIps.length)!;
  await page.goto('/instances');
  await page.getByTestId('instance-search').fill(withLan.privateIps[0]!);
  await page.getByTestId('instance-search').press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${withLan.privateIps[0]!.replaceAll('.', '\\.')}`));
  await expect(page.locator(`[data-testid=instance-row][data-instance-id="${withLan.id}"]`)).toBeVisible();
});

test('when the cloud cannot be read again, the last list stays and says it is not current', async ({ page }) => {
  await signInAs(page, undefined, '/instances');
  await expect(rows(page)).toHaveCount(10);
  const running = (await inventory(page, 'status=running&size=1')).items[0]!;
  // A write the cloud refuses (power on of a running instance) still makes the server read again:
  // with DescribeInstances failing, that read fails and the list is served as it was.
  const refusedWrite = async () => expect((await api(page, 'POST', '/api/actions/cds/ccs/RebootInstance', { InstanceId: running.id })).status).toBeGreaterThanOrEqual(400);
  try {
    expect((await page.request.put(SIM_FAULTS, { data: { rules: [{ product: 'ccs', action: 'DescribeInstances', error5xx: 1 }] } })).ok()).toBe(true);
    await refusedWrite();
    await page.getByTestId('refresh').click();
    await expect(page.getByTestId('instances-stale')).toBeVisible();
    await expect(rows(page)).toHaveCount(10);
    await screenshot(page, 'instances-stale-light');
    await expectNoSeriousA11yViolations(page, 'instances list, not current');
  } finally {
    await page.request.delete(SIM_FAULTS);
  }
  await refusedWrite();
  await page.getByTestId('refresh').click();
  await expect(page.getByTestId('instances-stale')).toHaveCount(0);
});

test('opened signed in, the list asks only for its rows: its scripts come with index.html, the session and accounts in it', async ({ page }) => {
  await signInAs(page, undefined, '/overview');
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  const html = await (await page.goto('/instances?region=CN_Beijing_A'))!.text();
  await expect(await drawn(rows(page))).toHaveCount(10);
  // The BFF wrote who is signed in and the accounts into the page (apps/bff/src/http/first-data.ts).
  expect(asked).not.toContain('/api/session');
  expect(asked).not.toContain('/api/accounts');
  // What it does ask for is the list's own reads: the rows, and the VDCs they name.
  expect(asked.filter((p) => p.startsWith('/api/') && !/^\/api\/(inventory|actions)\//.test(p))).toEqual([]);
  // Every script the page ran was named by index.html as the BFF sent it (its entry and
  // modulepreloads), none discovered only once another had run.
  const announced = [...html.matchAll(/<(?:link rel="modulepreload"[^>]*href|script type="module"[^>]*src)="([^"]+)"/g)].map((m) => m[1]);
  const scripts = asked.filter((p) => p.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(5);
  expect(scripts.filter((p) => !announced.includes(p))).toEqual([]);
});
