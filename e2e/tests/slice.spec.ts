import { expect, test } from './support/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { screenshot } from './support/screens';
import { fillCreateInstance } from './support/create-form';
import { api, signInAs } from './support/session';
import { rowsDrawn } from './support/tables';

// The foundation slice, as a person does it: sign in, list, create, follow the task, see it
// running, delete it, see it gone. Every step goes browser → BFF → signed call → simulator.
test('create an instance, follow its task, see it running, delete it, see it gone', async ({ page }) => {
  const name = `e2e-web-${Date.now().toString(36)}`;
  await signInAs(page);

  const rows = page.getByTestId('instance-row');
  await expect(rows.first()).toBeVisible();
  await rowsDrawn(page);
  expect(await rows.count()).toBeGreaterThan(1);
  await screenshot(page, 'instances-light');
  await expectNoSeriousA11yViolations(page, 'instances list');

  await page.getByTestId('create-instance').click();
  await fillCreateInstance(page, name);
  await page.getByRole('radiogroup', { name: 'CPU (cores)' }).getByText('2', { exact: true }).click();
  await screenshot(page, 'create-instance-light');
  await expectNoSeriousA11yViolations(page, 'create form');
  await page.getByTestId('create-submit').click();

  const row = page.locator(`[data-testid=instance-row][data-instance-name="${name}"]`);
  await expect(row).toHaveAttribute('data-status', 'creating');
  await expect(page.locator('[data-testid=task-notice]').first()).toBeVisible();
  await screenshot(page, 'instance-creating-light');
  await expect(page.locator('[data-testid=task-notice][data-status=FINISH]').first()).toBeVisible({ timeout: 20_000 });
  await expect(row).toHaveAttribute('data-status', 'running', { timeout: 20_000 });

  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(page.getByTestId('confirm-names')).toContainText(name);
  await page.getByTestId('confirm-input').fill(name);
  await page.getByTestId('confirm-button').click();
  await expect(row).toHaveAttribute('data-status', 'deleting');
  await expect(row).toHaveCount(0, { timeout: 20_000 });

  // Every write of this run is in the audit log with its outcome and task.
  const audit = await api(page, 'GET', '/api/audit?user=admin&outcome=success&pageSize=200');
  const actions = audit.body.items.map((e: { action: string }) => e.action);
  expect(actions).toEqual(expect.arrayContaining(['CreateInstance', 'DeleteInstance', 'Login']));
  const created = audit.body.items.find((e: { action: string; params: { InstanceName?: string } }) => e.action === 'CreateInstance' && e.params.InstanceName === name);
  expect(created.taskIds.length).toBe(1);
  expect(JSON.stringify(created.params)).not.toContain('E2e-Instance-Pass1!');
});

test('the console in the dark theme and in Chinese, VDCs included', async ({ page }) => {
  await signInAs(page);
  await expect(page.getByTestId('instance-row').first()).toBeVisible();
  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await screenshot(page, 'instances-dark');
  await expectNoSeriousA11yViolations(page, 'instances list, dark');

  await page.goto('/vdcs?region=CN_Beijing_A');
  await expect(page.getByText('Beijing-Prod')).toBeVisible();
  await screenshot(page, 'vdcs-dark');
  await expectNoSeriousA11yViolations(page, 'vdcs, dark');

  await page.getByTestId('language-switch').click();
  await page.getByRole('option', { name: /中文/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await screenshot(page, 'vdcs-dark-zh');

  // Theme and language are saved to the profile: put them back for the tests that follow.
  await page.getByTestId('language-switch').click();
  await page.getByRole('option', { name: /English/ }).click();
  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
});

test('an upstream error shows its code, message and request id', async ({ page }) => {
  await signInAs(page, undefined, '/instances?region=CN_Beijing_A&status=stop');
  const stopped = page.locator('[data-testid=instance-row][data-status=stop]').first();
  await expect(stopped).toBeVisible();
  const id = await stopped.getAttribute('data-instance-id');
  const name = await stopped.getAttribute('data-instance-name');
  // Someone else powers it on meanwhile; this screen still shows it stopped, so the person's
  // own "Power on" reaches a cloud that refuses it.
  const elsewhere = await api(page, 'POST', '/api/actions/cds/ccs/RebootInstance', { InstanceId: id });
  expect(elsewhere.status).toBe(200);
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Power on' }).click();
  const confirm = page.getByTestId('confirm-button');
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  const notice = page.getByTestId('error-notification').or(page.getByTestId('error-notice')).first();
  await expect(notice).toBeVisible();
  await expect(notice.getByTestId('error-code')).toHaveText('IncorrectInstanceStatus');
  await expect(notice.getByTestId('error-request-id')).not.toBeEmpty();
  // A toast stands below the header, never over it.
  const header = (await page.locator('header.mantine-AppShell-header').boundingBox())!;
  expect((await notice.boundingBox())!.y).toBeGreaterThanOrEqual(header.y + header.height);
  await screenshot(page, 'upstream-error-light');
});

test('power on for a selection runs per instance, as one group that says which one failed', async ({ page }) => {
  await signInAs(page);
  // A second stopped instance of a known name: power off web-03 and wait for it.
  const listed = await api(page, 'POST', '/api/actions/cds/ccs/DescribeInstances', { PageSize: 100 });
  const web03 = listed.body.data.items.find((i: { name: string }) => i.name === 'web-03');
  expect((await api(page, 'POST', '/api/actions/cds/ccs/StopInstance', { InstanceId: web03.id })).status).toBe(200);
  await page.goto('/instances?region=CN_Beijing_A&status=stop');
  const rows = page.getByTestId('instance-row');
  await expect(page.locator('[data-testid=instance-row][data-instance-name="web-03"]')).toHaveAttribute('data-status', 'stop', { timeout: 20_000 });
  await rowsDrawn(page);
  const stopped = await rows.count();
  expect(stopped).toBeGreaterThan(1);

  await page.getByRole('checkbox', { name: 'Select all rows on this page' }).check();
  // Meanwhile someone powers web-03 on elsewhere: for it, this person's power on must fail.
  expect((await api(page, 'POST', '/api/actions/cds/ccs/RebootInstance', { InstanceId: web03.id })).status).toBe(200);
  await page.getByTestId('bulk-power-on').click();

  // One notice for the selection; the others were powered on, each with its own task.
  const notice = page.getByTestId('task-group-notice');
  await expect(notice).toHaveAttribute('data-done', String(stopped - 1), { timeout: 20_000 });
  await expect(notice).toContainText(`Power on: ${stopped - 1} of ${stopped} done, 1 failed`);
  await screenshot(page, 'bulk-power-on-partial-light');
  // Its items in the task centre: web-03 with the cloud's refusal and the request id.
  await notice.getByTestId('task-group-open').click();
  const failed = page.locator('[data-testid=task-centre-row][data-resource="web-03"]');
  await expect(failed).toHaveAttribute('data-status', 'ERROR');
  await expect(failed.getByTestId('error-code')).toHaveText('IncorrectInstanceStatus');
  await expect(failed.getByTestId('error-request-id')).not.toBeEmpty();
});
