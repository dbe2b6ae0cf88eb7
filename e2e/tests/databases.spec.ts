import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { screenshot } from './support/screens';
import { api, signInAs } from './support/session';
import { expect, test } from './support/test';

// Issue #9 as a person does it: MySQL from create to delete (privileged account, backup created,
// downloaded and deleted, read-only instance, spec change, performance charts), Redis created and
// deleted, Memcached created, resized, cleared and deleted; both themes and languages, axe on each page.

const REGION = 'CN_Beijing_A';
const TASK_MS = 30_000;

/** Waits for the notice of a task whose title contains `label` to say FINISH, then dismisses it. */
async function taskFinished(page: Page, label: string) {
  const notice = page.getByTestId('task-notice').filter({ hasText: label }).last();
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('data-status', 'FINISH', { timeout: TASK_MS });
  await notice.getByRole('button', { name: 'Dismiss' }).click();
}

async function pick(page: Page, testId: string, option: string | RegExp) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
}

const row = (page: Page, name: string) => page.locator(`[data-testid=db-row][data-name="${name}"]`);

test('MySQL: create, privileged account, backup, read-only instance, spec change, charts, delete', async ({ page }) => {
  test.setTimeout(300_000);
  const name = `e2e-db-${Date.now().toString(36)}`;
  await signInAs(page, undefined, `/databases/mysql?region=${REGION}`);
  await expect(row(page, 'order-db')).toBeVisible();
  await screenshot(page, 'mysql-list-light');
  await expectNoSeriousA11yViolations(page, 'mysql list');

  // Create, from what the region sells; the cost is shown; the name is checked first.
  await page.getByTestId('mysql-create').click();
  await expect(page.getByTestId('db-spec')).toBeVisible();
  await page.getByTestId('db-architecture').getByText('MySQL High Availability').click();
  await pick(page, 'db-vdc', 'Beijing-Prod');
  await pick(page, 'db-network', /^db-net/);
  await page.getByTestId('db-name').fill('-bad');
  await page.getByTestId('db-submit').click();
  await expect(page.getByText('not starting with a symbol')).toBeVisible();
  await page.getByTestId('db-name').fill(name);
  await expect(page.getByTestId('db-cost')).toContainText('CNY per hour');
  await screenshot(page, 'mysql-create-light');
  await expectNoSeriousA11yViolations(page, 'mysql create');
  await page.getByTestId('db-submit').click();
  await expect(page).toHaveURL(/\/databases\/mysql\?/);
  await expect(row(page, name)).toHaveAttribute('data-status', 'creating');
  await taskFinished(page, 'Create MySQL');
  await expect(row(page, name)).toHaveAttribute('data-status', 'running');

  // The detail page: address and port to copy.
  await row(page, name).getByTestId('db-link').click();
  await expect(page.getByTestId('db-title')).toHaveText(name);
  await expect(page.getByTestId('db-overview').getByRole('button', { name: /Copy port of/ })).toBeVisible();
  await screenshot(page, 'mysql-detail-light');
  await expectNoSeriousA11yViolations(page, 'mysql detail');

  // Privileged account: the rules are shown and checked, then it is created once.
  await page.getByTestId('account-create').click();
  const account = page.getByTestId('account-dialog');
  await account.getByTestId('account-name').fill('app_admin');
  await account.getByTestId('account-password').fill('weakpassword');
  await account.getByTestId('account-again').fill('weakpassword');
  await account.getByTestId('dialog-submit').click();
  await expect(account.getByText(/Password: 8–32 characters/)).toBeVisible();
  await screenshot(page, 'mysql-account-light');
  await account.getByTestId('account-password').fill('Str0ng!Pass');
  await account.getByTestId('account-again').fill('Str0ng!Pass');
  await account.getByTestId('dialog-submit').click();
  await expect(page.getByTestId('account-created')).toContainText('app_admin');
  await expect(page.getByTestId('account-create')).toBeDisabled();

  // A read-only instance, from what the cloud offers; it shows under its primary.
  await page.getByTestId('replica-create').click();
  const replica = page.getByTestId('replica-dialog');
  await expect(replica.getByTestId('replica-spec')).toHaveValue(/2C4G|1C2G|4C8G/);
  await replica.getByTestId('replica-name').fill(`${name}-ro`);
  await replica.getByTestId('dialog-submit').click();
  await taskFinished(page, 'Add read-only instance');
  await expect(page.locator(`[data-testid=replica-row][data-name="${name}-ro"]`)).toBeVisible();

  // Backups: create, download (the file arrives), delete.
  await page.getByTestId('tab-backups').click();
  await page.getByTestId('backup-create').click();
  await page.getByTestId('backup-desc').fill('e2e');
  await page.getByTestId('backup-dialog').getByTestId('dialog-submit').click();
  await taskFinished(page, 'Back up now');
  const backup = page.locator('[data-testid=backup-row][data-mode=manual]');
  await expect(backup).toHaveAttribute('data-status', 'finished');
  await screenshot(page, 'mysql-backups-light');
  await expectNoSeriousA11yViolations(page, 'mysql backups');
  const [download] = await Promise.all([page.waitForEvent('download'), backup.getByTestId('backup-download').click()]);
  expect(download.suggestedFilename()).toMatch(/^backup_.*\.xb$/);
  const file = await download.path();
  expect(file).toBeTruthy();
  const { size } = await import('node:fs').then((fs) => fs.promises.stat(file!));
  expect(size).toBeGreaterThan(300_000);
  await backup.getByTestId('backup-delete').click();
  await page.getByTestId('confirm-button').click();
  await taskFinished(page, 'Delete');
  await expect(backup).toHaveCount(0);

  // Performance, on the seeded order-db (a long history): six charts, the granularity follows the range, hover shows values.
  const mine = page.url();
  await page.goto(`/databases/mysql?region=${REGION}`);
  await row(page, 'order-db').getByTestId('db-link').click();
  await page.getByTestId('tab-performance').click();
  await expect(page.getByTestId('perf-chart')).toHaveCount(6);
  await expect(page.getByTestId('perf-period')).toContainText('30 s');
  await page.getByTestId('perf-range').getByText('7 days').click();
  await expect(page.getByTestId('perf-period')).toContainText('300 s');
  await expect(page).toHaveURL(/range=7d/);
  for (const metric of ['mysql_cpu_usage', 'mysql_mem_usage', 'mysql_space_usage', 'mysql_network_trffice', 'mysql_sessions', 'mysql_slow_queries']) {
    await expect(page.locator(`[data-testid=perf-chart][data-metric=${metric}]`)).toHaveAttribute('data-points', /^(1\d\d\d|20\d\d)$/);
  }
  const cpu = page.locator('[data-testid=perf-chart][data-metric=mysql_cpu_usage] .recharts-surface').first();
  const box = (await cpu.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  await expect(page.locator('[data-testid=perf-chart][data-metric=mysql_cpu_usage] .recharts-tooltip-wrapper')).toContainText('%');
  await screenshot(page, 'mysql-performance-light');
  await expectNoSeriousA11yViolations(page, 'mysql performance');
  await page.goto(mine);

  // Change spec: a bigger disk.
  await page.getByTestId('mysql-change-spec').click();
  const spec = page.getByTestId('spec-dialog');
  await spec.getByTestId('spec-disk').fill('300');
  await spec.getByTestId('dialog-submit').click();
  await taskFinished(page, 'Change spec');
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page.getByTestId('db-overview')).toContainText('300 GB');

  // Dark and Chinese.
  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.mouse.move(600, 10);
  await screenshot(page, 'mysql-detail-dark');
  await expectNoSeriousA11yViolations(page, 'mysql detail, dark');
  await page.getByTestId('language-switch').click();
  await page.getByRole('option', { name: /中文/ }).click();
  await expect(page.getByRole('heading', { name: '高权限账号' })).toBeVisible();
  await screenshot(page, 'mysql-detail-dark-zh');
  await page.getByTestId('language-switch').click();
  await page.getByRole('option', { name: /English/ }).click();
  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');

  // Delete: the primary refuses while it has a read-only instance; the replica first, by name.
  await expect(page.getByTestId('db-delete')).toBeDisabled();
  await page.locator(`[data-testid=replica-row][data-name="${name}-ro"]`).getByRole('link').click();
  await expect(page.getByTestId('db-title')).toHaveText(`${name}-ro`);
  await page.getByTestId('db-delete').click();
  await page.getByTestId('confirm-input').fill(`${name}-ro`);
  await page.getByTestId('confirm-button').click();
  await taskFinished(page, 'Delete');
  const listed = await api(page, 'POST', '/api/actions/cds/mysql/DescribeDBInstances', { InstanceName: name });
  const primary = listed.body.data.find((d: { name: string }) => d.name === name);
  await page.goto(`/databases/mysql/${primary.id}?region=${REGION}`);
  await expect(page.getByTestId('db-delete')).toBeEnabled();
  await page.getByTestId('db-delete').click();
  await page.getByTestId('confirm-input').fill(name);
  await screenshot(page, 'mysql-delete-light');
  await page.getByTestId('confirm-button').click();
  await expect(page).toHaveURL(/\/databases\/mysql\?/);
  await taskFinished(page, 'Delete');
  await expect(row(page, name)).toHaveCount(0);
});

test('Redis: create and delete; Memcached: create, resize, clear, delete', async ({ page }) => {
  test.setTimeout(240_000);
  const redis = `e2e-redis-${Date.now().toString(36)}`;
  const mc = `e2e-mc-${Date.now().toString(36)}`;
  await signInAs(page, undefined, `/databases/redis?region=${REGION}`);
  await expect(row(page, 'session-cache')).toBeVisible();
  await page.getByTestId('redis-create').click();
  const dialog = page.getByTestId('redis-dialog');
  await expect(dialog.getByTestId('db-spec')).toBeVisible();
  await pick(page, 'db-vdc', 'Beijing-Prod');
  await pick(page, 'db-network', /^backend/);
  await dialog.getByTestId('db-name').fill(redis);
  await dialog.getByTestId('redis-password').fill('Redis-Pass-1');
  await screenshot(page, 'redis-create-light');
  await expectNoSeriousA11yViolations(page, 'redis create');
  await dialog.getByTestId('dialog-submit').click();
  await taskFinished(page, 'Create Redis');
  await expect(row(page, redis)).toHaveAttribute('data-status', 'running');
  await screenshot(page, 'redis-list-light');
  await expectNoSeriousA11yViolations(page, 'redis list');
  await row(page, redis).getByTestId('db-delete').click();
  await page.getByTestId('confirm-input').fill(redis);
  await page.getByTestId('confirm-button').click();
  await taskFinished(page, 'Delete');
  await expect(row(page, redis)).toHaveCount(0);

  await page.goto(`/databases/memcached?region=${REGION}`);
  await expect(row(page, 'page-cache')).toBeVisible();
  await page.getByTestId('memcached-create').click();
  await pick(page, 'db-vdc', 'Beijing-Prod');
  await pick(page, 'db-network', /^backend/);
  await page.getByTestId('memcached-dialog').getByTestId('db-name').fill(mc);
  await page.getByTestId('memcached-dialog').getByTestId('dialog-submit').click();
  await taskFinished(page, 'Create Memcached');
  await expect(row(page, mc)).toHaveAttribute('data-status', 'running');

  await row(page, mc).getByTestId('memcached-resize').click();
  await pick(page, 'resize-size', '4G');
  await page.getByTestId('resize-dialog').getByTestId('dialog-submit').click();
  await taskFinished(page, 'Resize');
  await expect(row(page, mc)).toContainText('4G');

  await row(page, mc).getByTestId('memcached-clear').click();
  await expect(page.getByText('cannot be recovered')).toBeVisible();
  await page.getByTestId('confirm-input').fill(mc);
  await screenshot(page, 'memcached-clear-light');
  await page.getByTestId('confirm-button').click();
  await taskFinished(page, 'Clear data');

  await page.getByTestId('color-scheme-toggle').click();
  await page.getByTestId('language-switch').click();
  await page.getByRole('option', { name: /中文/ }).click();
  await page.mouse.move(600, 10);
  await screenshot(page, 'memcached-list-dark-zh');
  await expectNoSeriousA11yViolations(page, 'memcached list, dark');
  await page.getByTestId('language-switch').click();
  await page.getByRole('option', { name: /English/ }).click();
  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');

  await row(page, mc).getByTestId('memcached-delete').click();
  await page.getByTestId('confirm-input').fill(mc);
  await page.getByTestId('confirm-button').click();
  await taskFinished(page, 'Delete');
  await expect(row(page, mc)).toHaveCount(0);
});
