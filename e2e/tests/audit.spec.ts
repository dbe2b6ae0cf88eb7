import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { screenshot } from './support/screens';
import { api, signInAs } from './support/session';
import { expect, test } from './support/test';
import { drawn } from './support/tables';

const REGION = 'CN_Beijing_A';

async function statusOf(page: Page, id: string): Promise<string> {
  const r = await api(page, 'POST', '/api/actions/cds/ccs/DescribeInstances', { InstanceId: id });
  return r.body.data.items[0]?.status ?? 'gone';
}

/** The profile keeps the theme another spec left: start from light. */
async function lightTheme(page: Page) {
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', /light|dark/);
  if ((await html.getAttribute('data-mantine-color-scheme')) === 'dark') await page.getByTestId('color-scheme-toggle').click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
}

test('the audit log shows a power-on once, naming the instance with a link, in the console’s words', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, undefined, `/instances?region=${REGION}&status=stop`);
  const stopped = page.locator('[data-testid=instance-row][data-status=stop]').last();
  await expect(stopped).toBeVisible();
  const id = (await stopped.getAttribute('data-instance-id'))!;
  const name = (await stopped.getAttribute('data-instance-name'))!;

  // Power it on from its page, as a person would; note the request id the console answered with.
  await page.goto(`/instances/${id}?region=${REGION}`);
  await expect(page.getByTestId('detail-name')).toHaveText(name);
  const answered = page.waitForResponse((r) => r.url().includes('/api/actions/cds/ccs/RebootInstance') && r.request().method() === 'POST');
  await page.getByTestId('detail-power-on').click();
  const response = await answered;
  expect(response.status()).toBe(200);
  const requestId = response.headers()['x-request-id']!;
  // Its task done (the task centre's notice settles) before the log is read and checked.
  await expect.poll(() => statusOf(page, id), { timeout: 20_000 }).toBe('running');

  // One row for that request (not a "pending" row and an outcome row), with its outcome now.
  await page.goto('/audit');
  await lightTheme(page);
  // The power-on's own notice belongs to the task centre (its spec checks it); this one checks the log.
  await page.getByTestId('task-notice').first().waitFor({ timeout: 5_000 }).catch(() => undefined);
  for (const notice of await page.getByTestId('task-notice').all()) await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByTestId('task-notice')).toHaveCount(0);
  const rows = page.locator(`[data-testid=audit-row][data-request-id="${requestId}"]`);
  await expect(rows).toHaveCount(1);
  const row = rows.first();
  await expect(row).toHaveAttribute('data-outcome', 'success');
  await expect(row.getByTestId('audit-action-label')).toHaveText('Power on');
  await expect(row.getByTestId('audit-action-name')).toHaveText('RebootInstance');
  const link = row.getByTestId('audit-resource-link');
  await expect(link).toHaveText(name);
  await expect(link).toHaveAttribute('href', new RegExp(`^/instances/${id}\\?account=`));
  await expect(row.getByTestId('audit-resource')).toContainText(id);
  await screenshot(page, 'audit-one-row-light');
  await expectNoSeriousA11yViolations(page, 'audit log');

  // Filter by that resource (the row's own button), then by part of its name typed in the filter.
  await row.getByTestId('audit-resource-filter').click();
  await expect(page).toHaveURL(new RegExp(`[?&]resource=${id}`));
  const shownIds = async () =>
    (await drawn(page.getByTestId('audit-row'))).evaluateAll((rows) => rows.map((r) => r.querySelector('[data-testid=audit-resource]')?.getAttribute('data-resource-id') ?? ''));
  await expect.poll(async () => (await shownIds()).every((ids) => ids.includes(id))).toBe(true);
  expect((await shownIds()).length).toBeGreaterThan(0);
  await expect(page.getByTestId('audit-resource-input')).toHaveValue(id);
  await page.getByTestId('audit-resource-input').fill(name.toUpperCase());
  await expect.poll(() => new URL(page.url()).searchParams.get('resource')).toBe(name.toUpperCase());
  await expect(page.locator(`[data-testid=audit-row][data-request-id="${requestId}"]`)).toHaveCount(1);
  await screenshot(page, 'audit-filtered-by-resource-light');

  // Dark, then Chinese: the console's words follow the language, the upstream name stays.
  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await screenshot(page, 'audit-one-row-dark');
  await expectNoSeriousA11yViolations(page, 'audit log, dark');
  await page.getByTestId('language-switch').click();
  await page.getByRole('option', { name: /中文/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const zhRow = page.locator(`[data-testid=audit-row][data-request-id="${requestId}"]`);
  await expect(zhRow.getByTestId('audit-action-label')).toHaveText('开机');
  await expect(zhRow.getByTestId('audit-action-name')).toHaveText('RebootInstance');
  await screenshot(page, 'audit-one-row-dark-zh');
  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  await screenshot(page, 'audit-one-row-light-zh');
  await expectNoSeriousA11yViolations(page, 'audit log, zh');
  // Language and theme are saved to the profile: put English back for the tests that follow.
  await page.getByTestId('language-switch').click();
  await page.getByRole('option', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The link leads to the instance's page.
  await page.locator(`[data-testid=audit-row][data-request-id="${requestId}"]`).getByTestId('audit-resource-link').click();
  await expect(page).toHaveURL(new RegExp(`/instances/${id}\\?account=`));
  await expect(page.getByTestId('detail-name')).toHaveText(name);

  // Leave it stopped again, as the seeded world had it, for the specs that follow.
  expect((await api(page, 'POST', '/api/actions/cds/ccs/StopInstance', { InstanceId: id })).status).toBe(200);
});
