import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { E2E_INSTANCE_PASSWORD, fillCreateInstance } from './support/create-form';
import { screenshot } from './support/screens';
import { api, E2E_ADMIN, signInAs } from './support/session';

// Issue 13: the task centre and bulk actions, honest state after a failed write, and a form that
// keeps what was typed across an expired session. Browser → BFF → signed call → simulator.
const REGION = 'CN_Beijing_A';
const TASK_MS = 30_000;
const SIM_FAULTS = `http://127.0.0.1:${process.env.E2E_SIM_PORT ?? 18787}/_sim/faults`;

const setFaults = (page: Page, rules: object[]) => page.request.put(SIM_FAULTS, { data: { rules } });
const clearFaults = (page: Page) => page.request.delete(SIM_FAULTS);

type Listed = { id: string; name: string; status: string };
async function listed(page: Page, prefix: string): Promise<Listed[]> {
  const all: Listed[] = [];
  for (let n = 1; n <= 20; n++) {
    const res = await api(page, 'POST', '/api/actions/cds/ccs/DescribeInstances', { PageSize: 100, PageNumber: n });
    all.push(...res.body.data.items);
    if (n >= res.body.data.pageCount) break;
  }
  return all.filter((i) => i.name.startsWith(prefix));
}

/** 20 instances of one create call (Amount 20), running: the bulk action's subjects. */
async function twentyInstances(page: Page, prefix: string) {
  const vdcs = await api(page, 'POST', '/api/actions/cds/network/DescribeVdc', { RegionId: REGION });
  const vdc = vdcs.body.data.items.find((v: { name: string }) => v.name === 'Beijing-Prod');
  const made = await api(page, 'POST', '/api/actions/cds/ccs/CreateInstance', {
    RegionId: REGION,
    VdcId: vdc.id,
    Password: E2E_INSTANCE_PASSWORD,
    InstanceName: prefix,
    Amount: 20,
    InstanceType: 'Standard',
    Cpu: 1,
    Ram: 2,
  });
  expect(made.status, JSON.stringify(made.body)).toBe(200);
  await expect
    .poll(async () => (await listed(page, prefix)).filter((i) => i.status === 'running').length, { timeout: TASK_MS })
    .toBe(20);
  return listed(page, prefix);
}

/** Signs in on the list of running instances and picks the first one. */
async function firstRunning(page: Page) {
  await signInAs(page, undefined, `/instances?region=${REGION}&status=running`);
  const row = page.locator('[data-testid=instance-row][data-status=running]').first();
  await expect(row).toBeVisible();
  return { name: (await row.getAttribute('data-instance-name'))!, id: (await row.getAttribute('data-instance-id'))! };
}

/** Power off from the row's menu, confirmed. */
async function powerOffFromMenu(page: Page, name: string) {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Power off' }).click();
  await page.getByTestId('confirm-button').click();
}

test('a 20-instance power off and on: one grouped notice, its items in the task centre', async ({ page }) => {
  test.setTimeout(240_000);
  const prefix = `e2e-bulk-${Date.now().toString(36)}`;
  await signInAs(page);
  const made = await twentyInstances(page, prefix);
  try {
    await page.goto(`/instances?region=${REGION}&q=${prefix}&size=50`);
    const rows = page.getByTestId('instance-row');
    await expect(rows).toHaveCount(20);

    // Power off all 20: one notice for the group, never 20 stacked over the header.
    await page.getByRole('checkbox', { name: 'Select all rows on this page' }).check();
    await page.getByTestId('bulk-stop').click();
    await page.getByTestId('confirm-button').click();
    const group = page.getByTestId('task-group-notice');
    await expect(group).toHaveCount(1);
    await expect(group).toContainText('Power off:');
    await expect(group).toContainText('of 20 done');
    await expect(page.getByTestId('task-notice')).toHaveCount(0);
    await expect(page.getByTestId('task-centre-button')).not.toHaveAttribute('data-running', '0');
    await screenshot(page, 'tasks-bulk-running-light');
    const header = await page.locator('header.mantine-AppShell-header').boundingBox();
    const notices = await page.getByTestId('task-notices').boundingBox();
    expect(notices!.y, 'the notices stay below the header').toBeGreaterThanOrEqual(header!.y + header!.height);
    await expect(group).toHaveAttribute('data-done', '20', { timeout: TASK_MS });
    await expect(group).toContainText('Power off: 20 of 20 done');
    await expect(page.locator(`[data-testid=instance-row][data-status=stop]`)).toHaveCount(20, { timeout: TASK_MS });

    // Power on, while someone else powers one of them on first: 19 of 20 done, 1 failed.
    const raced = made[3]!;
    expect((await api(page, 'POST', '/api/actions/cds/ccs/RebootInstance', { InstanceId: raced.id })).status).toBe(200);
    await page.getByRole('checkbox', { name: 'Select all rows on this page' }).check();
    await page.getByTestId('bulk-power-on').click();
    const on = page.getByTestId('task-group-notice').filter({ hasText: 'Power on:' });
    await expect(on).toHaveAttribute('data-done', '19', { timeout: TASK_MS });
    await expect(on).toHaveAttribute('data-failed', '1');
    await expect(on).toContainText('Power on: 19 of 20 done, 1 failed');
    await expect(page.getByTestId('error-notification')).toHaveCount(0); // the group says it, once
    await screenshot(page, 'tasks-bulk-partial-light');

    // The notice opens its 20 items in the task centre: the refused one with its code and request id.
    await on.getByTestId('task-group-open').click();
    const centre = page.getByRole('dialog', { name: 'Task centre' });
    await expect(centre).toBeVisible();
    await expect(centre.getByTestId('task-centre-group')).toContainText('Power on: 19 of 20 done, 1 failed');
    await expect(centre.getByTestId('task-centre-row')).toHaveCount(20);
    const failed = centre.locator(`[data-testid=task-centre-row][data-resource="${raced.name}"]`);
    await expect(failed).toHaveAttribute('data-status', 'ERROR');
    await expect(failed.getByTestId('error-code')).toHaveText('IncorrectInstanceStatus');
    await expect(failed.getByTestId('error-request-id')).not.toBeEmpty();
    await expect(centre.locator('[data-testid=task-centre-row][data-status=FINISH]')).toHaveCount(19);
    // Each row links to its instance.
    await expect(failed.getByRole('link', { name: raced.name })).toHaveAttribute('href', new RegExp(`/instances/${raced.id}`));
    await screenshot(page, 'tasks-centre-group-light');
    await expectNoSeriousA11yViolations(page, 'task centre');

    // All tasks of the session: both groups' 40 items.
    await centre.getByTestId('task-centre-all').click();
    await expect(centre.getByTestId('task-centre-row')).toHaveCount(40);

    // Running tasks survive a reload: the finished ones are still listed, from sessionStorage.
    await page.reload();
    await page.getByTestId('color-scheme-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await page.getByTestId('task-centre-button').click();
    await expect(page.getByRole('dialog', { name: 'Task centre' }).getByTestId('task-centre-row')).toHaveCount(40);
    await screenshot(page, 'tasks-centre-dark');
    await expectNoSeriousA11yViolations(page, 'task centre, dark');
    await page.keyboard.press('Escape');
    await page.getByTestId('color-scheme-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  } finally {
    await api(page, 'POST', '/api/actions/cds/ccs/DeleteInstance', { InstanceIds: made.map((i) => i.id) });
  }
});

test('a running task survives a reload and is followed to the end', async ({ page }) => {
  test.setTimeout(90_000);
  const { name, id } = await firstRunning(page);
  await powerOffFromMenu(page, name);
  await expect(page.getByTestId('task-notice').first()).toBeVisible();
  await page.reload(); // mid-task
  await expect(page.getByTestId('task-centre-button')).toHaveAttribute('data-running', '1');
  await expect(page.getByTestId('task-centre-button')).toHaveAttribute('data-running', '0', { timeout: TASK_MS });
  await page.getByTestId('task-centre-button').click();
  const done = page.getByRole('dialog', { name: 'Task centre' }).getByTestId('task-centre-row').first();
  await expect(done).toHaveAttribute('data-status', 'FINISH');
  await expect(done).toContainText('Power off');
  await expect(done).toContainText(name);
  await page.keyboard.press('Escape');
  // Put it back as it was.
  expect((await api(page, 'POST', '/api/actions/cds/ccs/RebootInstance', { InstanceId: id })).status).toBe(200);
});

test('a task started elsewhere on the account is listed while it runs, then leaves the list', async ({ page }) => {
  test.setTimeout(90_000);
  const { id } = await firstRunning(page);
  // Not through this page: another tab or person, as far as this browser session knows.
  const stopped = await api(page, 'POST', '/api/actions/cds/ccs/StopInstance', { InstanceId: id });
  expect(stopped.status).toBe(200);
  await page.getByTestId('task-centre-button').click();
  const centre = page.getByRole('dialog', { name: 'Task centre' });
  const other = centre.locator(`[data-testid=task-centre-row][data-source=audit][data-task-id="${stopped.body.taskIds[0]}"]`);
  await expect(other).toHaveCount(1);
  await expect(other).toContainText('admin');
  await expect(other).toContainText('Started elsewhere');
  await screenshot(page, 'tasks-centre-elsewhere-light');
  await expect(other).toHaveCount(0, { timeout: TASK_MS }); // settled: no longer running
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await listed(page, '')).find((i) => i.id === id)?.status, { timeout: TASK_MS }).toBe('stop');
  expect((await api(page, 'POST', '/api/actions/cds/ccs/RebootInstance', { InstanceId: id })).status).toBe(200);
});

test('a failed write puts the row back at once, without waiting for the list', async ({ page }) => {
  test.setTimeout(120_000);
  const { name } = await firstRunning(page);
  const mine = page.locator(`[data-testid=instance-row][data-instance-name="${name}"]`);

  // The connection fails under the write, and the list's own answers are held back for 8 s:
  // only the rollback can show the real state this soon.
  await page.route('**/api/actions/cds/ccs/StopInstance*', (route) => route.abort('connectionreset'));
  await page.route(/\/api\/(inventory\/|actions\/cds\/ccs\/DescribeInstances)/, async (route) => {
    await new Promise((r) => setTimeout(r, 8000));
    await route.continue().catch(() => {});
  });
  await powerOffFromMenu(page, name);
  const error = page.getByRole('dialog').getByTestId('error-notice');
  await expect(error.getByTestId('error-code')).toHaveText('NetworkError');
  await expect(mine).toHaveAttribute('data-status', 'running', { timeout: 2500 });
  await screenshot(page, 'tasks-failed-write-network-light');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.unrouteAll({ behavior: 'ignoreErrors' });

  // The cloud refuses it (an upstream 5xx, injected in the simulator): the same, with the request id.
  expect((await setFaults(page, [{ action: 'StopInstance', error5xx: 1 }])).status()).toBe(200);
  try {
    await powerOffFromMenu(page, name);
    const refused = page.getByRole('dialog').getByTestId('error-notice');
    await expect(refused).toBeVisible({ timeout: 20_000 });
    await expect(refused.getByTestId('error-request-id')).not.toBeEmpty();
    await expect(mine).toHaveAttribute('data-status', 'running', { timeout: 2500 });
    await screenshot(page, 'tasks-failed-write-upstream-light');
  } finally {
    await clearFaults(page);
  }
});

test('a session that expires mid-form keeps what was typed (never the password) across the sign-in', async ({ page }) => {
  const name = `e2e-kept-${Date.now().toString(36)}`;
  await signInAs(page, undefined, `/instances/new?region=${REGION}`);
  await fillCreateInstance(page, name);

  // The session ends meanwhile (its cookie is gone): the submission meets a 401.
  await page.context().clearCookies();
  await page.getByTestId('create-submit').click();
  await expect(page).toHaveURL(/\/login\?next=%2Finstances%2Fnew.*reason=expired/);
  await expect(page.getByTestId('login-notice')).toHaveAttribute('data-reason', 'expired');
  const kept = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
  expect(kept).toContain(name);
  expect(kept).not.toContain(E2E_INSTANCE_PASSWORD);
  await page.getByTestId('login-username').fill(E2E_ADMIN.username);
  await page.getByTestId('login-password').fill(E2E_ADMIN.password);
  await page.getByTestId('login-submit').click();

  // Back on the same form, filled in again, except the password.
  await expect(page).toHaveURL(/\/instances\/new/);
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
  await expect(page.getByRole('combobox', { name: 'VDC' })).toHaveValue('Beijing-Prod');
  await expect(page.getByRole('textbox', { name: 'Password', exact: true })).toHaveValue('');
  await expect(page.getByTestId('draft-restored')).toContainText('enter them again');
  await screenshot(page, 'tasks-kept-form-light');
  await expectNoSeriousA11yViolations(page, 'create form after sign-in');
  // Nothing was created by the refused submission.
  const list = await api(page, 'POST', '/api/actions/cds/ccs/DescribeInstances', { PageSize: 100 });
  expect(list.body.data.items.some((i: { name: string }) => i.name === name)).toBe(false);
});
