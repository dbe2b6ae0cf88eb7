import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { screenshot } from './support/screens';
import { api, signInAs } from './support/session';
import { expect, test } from './support/test';

// Issue #3 as a person does it: every instance action of the detail page and every images
// action, each followed to its task's end and its result seen on screen.

const REGION = 'CN_Beijing_A';
const TASK_MS = 20_000;

/** A fresh instance of our own (pay as you go, public IP, one data disk), running. */
async function makeInstance(page: Page, name: string): Promise<string> {
  const vdcs = await api(page, 'POST', `/api/actions/cds/network/DescribeVdc`, { RegionId: REGION });
  const vdc = vdcs.body.data.items.find((v: { name: string }) => v.name === 'Beijing-Prod');
  const made = await api(page, 'POST', '/api/actions/cds/ccs/CreateInstance', {
    RegionId: REGION,
    VdcId: vdc.id,
    Password: 'E2e-Instance-Pass1!',
    InstanceName: name,
    InstanceType: 'Standard',
    Cpu: 2,
    Ram: 4,
    PublicIp: 'auto',
    DataDisks: [{ Size: 100, Type: 'ssd_disk' }],
  });
  expect(made.status).toBe(200);
  let id = '';
  await expect
    .poll(
      async () => {
        const list = await api(page, 'POST', '/api/actions/cds/ccs/DescribeInstances', { PageSize: 100 });
        const found = list.body.data.items.find((i: { name: string }) => i.name === name);
        id = found?.id ?? '';
        return found?.status;
      },
      { timeout: TASK_MS },
    )
    .toBe('running');
  return id;
}

/** Waits for the notice of a task whose title contains `label` to say FINISH, then dismisses it. */
async function taskFinished(page: Page, label: string) {
  const notice = page.getByTestId('task-notice').filter({ hasText: label }).last();
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('data-status', 'FINISH', { timeout: TASK_MS });
  await notice.getByRole('button', { name: 'Dismiss' }).click();
}

const menuItem = async (page: Page, actionsFor: Locator, item: string) => {
  await actionsFor.click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
};

test('instance detail: disks, spec, billing, reinstall, interfaces and IP', async ({ page }) => {
  test.setTimeout(240_000);
  const name = `e2e-cmp-${Date.now().toString(36)}`;
  await signInAs(page);
  const id = await makeInstance(page, name);

  // In the list, the row menu has the new actions (opened with the keyboard), and the name leads to the detail page.
  await page.goto(`/instances?region=${REGION}`);
  await page.getByRole('button', { name: `Actions for ${name}` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Change CPU / RAM', exact: true })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Reinstall system', exact: true })).toBeVisible();
  await screenshot(page, 'instances-row-menu-light');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/instances/${id}\\?region=${REGION}`));
  const detail = page.getByTestId('instance-detail');
  await expect(page.getByTestId('detail-name')).toHaveText(name);
  await expect(page.getByTestId('instance-monitoring')).toBeVisible();
  await screenshot(page, 'instance-detail-light');
  await expectNoSeriousA11yViolations(page, 'instance detail');

  // Power off (confirmed), then power on again (RebootInstance, which the document says powers on).
  await page.getByTestId('detail-stop').click();
  await page.getByTestId('confirm-button').click();
  await expect(detail).toHaveAttribute('data-status', 'stopping');
  await taskFinished(page, 'Power off');
  await expect(detail).toHaveAttribute('data-status', 'stop');
  await page.getByTestId('detail-power-on').click();
  await expect(detail).toHaveAttribute('data-status', 'starting');
  await taskFinished(page, 'Power on');
  await expect(detail).toHaveAttribute('data-status', 'running');

  // Add a data disk.
  const disks = page.getByTestId('disk-row');
  await expect(disks).toHaveCount(2);
  await page.getByTestId('add-disk').click();
  const addDialog = page.getByTestId('add-disk-dialog');
  await addDialog.getByRole('textbox', { name: 'Disk 1 size' }).fill('50');
  await screenshot(page, 'add-disk-light');
  await addDialog.getByTestId('dialog-submit').click();
  await expect(detail).toHaveAttribute('data-status', 'updating');
  await taskFinished(page, 'Add data disks');
  await expect(disks).toHaveCount(3);
  await expect(page.locator('[data-testid=disk-row][data-disk-label="Data disk 2"]')).toHaveAttribute('data-disk-size', '50');

  // Grow data disk 1 from 100 to 200 GB; a smaller size is refused in the form.
  await menuItem(page, page.getByRole('button', { name: 'Actions for Data disk 1' }), 'Grow');
  const resize = page.getByTestId('resize-dialog');
  await resize.getByTestId('resize-size').fill('90');
  await resize.getByTestId('dialog-submit').click();
  await expect(resize.getByText('Larger than the current 100 GB')).toBeVisible();
  await resize.getByTestId('resize-size').fill('200');
  await resize.getByTestId('dialog-submit').click();
  await taskFinished(page, 'Grow disk Data disk 1');
  await expect(page.locator('[data-testid=disk-row][data-disk-label="Data disk 1"]')).toHaveAttribute('data-disk-size', '200');

  // Delete data disk 2, confirmed by its name.
  await menuItem(page, page.getByRole('button', { name: 'Actions for Data disk 2' }), 'Delete');
  await page.getByTestId('confirm-input').fill('Data disk 2');
  await page.getByTestId('confirm-button').click();
  await taskFinished(page, 'Delete');
  await expect(disks).toHaveCount(2);

  // Change CPU and RAM.
  const actions = page.getByRole('button', { name: `Actions for ${name}` });
  await menuItem(page, actions, 'Change CPU / RAM');
  const spec = page.getByTestId('spec-dialog');
  await spec.getByText('4', { exact: true }).click();
  await spec.getByRole('combobox', { name: 'Memory (GB)' }).click();
  await page.getByRole('option', { name: '8 GB', exact: true }).click();
  await screenshot(page, 'change-spec-light');
  await spec.getByTestId('dialog-submit').click();
  await taskFinished(page, 'Change CPU / RAM');
  await expect(page.getByTestId('overview-spec')).toContainText('4 vCPU / 8 GB');

  // Pay as you go → monthly.
  await menuItem(page, actions, 'Change billing');
  const charge = page.getByTestId('charge-dialog');
  await charge.getByRole('textbox', { name: 'Months' }).fill('1');
  await charge.getByTestId('dialog-submit').click();
  await taskFinished(page, 'Change billing');
  await expect(page.getByTestId('overview-charge')).toHaveText('Monthly');
  // Back is not offered: the reason is in the menu.
  await actions.click();
  await expect(page.getByRole('menuitem', { name: /Change billing/ })).toContainText('A monthly instance cannot go back to pay as you go');
  await page.keyboard.press('Escape');

  // Reinstall with another image: a warning, and the name typed to confirm.
  await menuItem(page, actions, 'Reinstall system');
  const reset = page.getByTestId('reset-dialog');
  await expect(reset.getByTestId('reset-warning')).toContainText('system disk is wiped');
  await reset.getByRole('combobox', { name: 'New image' }).click();
  const option = page.getByRole('option').nth(1);
  const imageName = (await option.textContent())?.trim() ?? '';
  await option.click();
  await expect(reset.getByTestId('dialog-submit')).toBeDisabled();
  await reset.getByTestId('confirm-input').fill(name);
  await screenshot(page, 'reset-image-light');
  await reset.getByTestId('dialog-submit').click();
  await taskFinished(page, 'Reinstall system');
  await expect(page.getByTestId('overview-image')).toHaveText(imageName);

  // Disconnect and connect the public interface.
  const nic = page.locator('[data-testid=nic-row][data-nic-kind=public]').first();
  await menuItem(page, nic.getByTestId('row-actions'), 'Disconnect');
  await page.getByTestId('confirm-button').click();
  await taskFinished(page, 'Disconnect');
  await expect(nic).toHaveAttribute('data-connected', 'false');
  await menuItem(page, nic.getByTestId('row-actions'), 'Connect');
  await taskFinished(page, 'Connect');
  await expect(nic).toHaveAttribute('data-connected', 'true');

  // Change the public address to a free one of its segments; a wrong one is refused in the form.
  await menuItem(page, nic.getByTestId('row-actions'), 'Change IP');
  const ip = page.getByTestId('ip-dialog');
  await ip.getByTestId('ip-input').fill('8.8.8.8');
  await ip.getByTestId('dialog-submit').click();
  await expect(ip.getByText(/Not in this network/)).toBeVisible();
  await ip.getByTestId('ip-input').fill('');
  await ip.getByTestId('ip-input').click();
  const free = page.getByRole('option').first();
  const address = (await free.textContent())?.trim() ?? '';
  await free.click();
  await screenshot(page, 'change-ip-light');
  await ip.getByTestId('dialog-submit').click();
  await taskFinished(page, 'Change IP');
  await expect(nic).toHaveAttribute('data-ip', address);

  // The dark theme, a dialog included.
  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.mouse.move(600, 300);
  await screenshot(page, 'instance-detail-dark');
  await expectNoSeriousA11yViolations(page, 'instance detail, dark');
  await menuItem(page, actions, 'Reinstall system');
  await expect(page.getByTestId('reset-warning')).toBeVisible();
  await screenshot(page, 'reset-image-dark');
  await expectNoSeriousA11yViolations(page, 'reinstall dialog, dark');
  await page.keyboard.press('Escape');

  // In Chinese.
  await page.getByTestId('language-switch').click();
  await page.getByRole('option', { name: /中文/ }).click();
  await expect(page.getByRole('heading', { name: '磁盘' })).toBeVisible();
  await screenshot(page, 'instance-detail-dark-zh');
  await page.getByTestId('language-switch').click();
  await page.getByRole('option', { name: /English/ }).click();
  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
});

test('images: create from an instance, copy to a region, delete', async ({ page }) => {
  test.setTimeout(180_000);
  const name = `e2e-img-${Date.now().toString(36)}`;
  await signInAs(page);
  await page.getByTestId('nav-images').click();
  await expect(page).toHaveURL(/\/images/);
  await page.mouse.move(600, 10); // not hovering the nav link: its hover colours are not what is tested here
  const rows = page.getByTestId('image-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId('image-visibility').filter({ hasText: 'Public' }).first()).toBeVisible();
  await screenshot(page, 'images-light');
  await expectNoSeriousA11yViolations(page, 'images');

  // A public image cannot be deleted, and says why.
  await page.getByTestId('images-search').fill('centos');
  await expect(page).toHaveURL(/q=centos/);
  const publicRow = page.locator('[data-testid=image-row]').filter({ has: page.getByTestId('image-visibility').filter({ hasText: 'Public' }) }).first();
  await publicRow.getByTestId('row-actions').click();
  await expect(page.getByRole('menuitem', { name: /Delete/ })).toBeDisabled();
  await expect(page.getByRole('menuitem', { name: /Delete/ })).toContainText('cannot be deleted');
  await page.keyboard.press('Escape');
  await page.getByTestId('images-search').fill('');
  await expect(page).not.toHaveURL(/q=/);

  // Create one from a running instance of Beijing 1.
  await page.getByTestId('create-image').click();
  const create = page.getByTestId('create-image-dialog');
  await create.getByRole('combobox', { name: 'Instance' }).click();
  await page.getByRole('option', { name: /web-01/ }).click();
  await create.getByTestId('image-name').fill(name);
  await screenshot(page, 'create-image-light');
  await expectNoSeriousA11yViolations(page, 'create image dialog');
  await create.getByTestId('dialog-submit').click();
  await taskFinished(page, 'Create image');
  await page.getByTestId('images-search').fill(name);
  const row = page.locator(`[data-testid=image-row][data-image-name="${name}"]`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId('image-visibility')).toHaveText('Private');
  await expect(row.getByTestId('image-status')).toHaveText('Ready', { timeout: TASK_MS });

  // Copy it to Shanghai 1.
  await menuItem(page, row.getByTestId('row-actions'), 'Copy to region');
  const sync = page.getByTestId('sync-image-dialog');
  await sync.getByRole('combobox', { name: 'Target region' }).click();
  await page.getByRole('option', { name: 'Shanghai 1' }).click();
  await sync.getByTestId('dialog-submit').click();
  await expect(row.locator('[data-region=CN_Shanghai_A]')).toBeVisible();
  await taskFinished(page, 'Copy to region');
  await expect(row.locator('[data-region=CN_Shanghai_A]')).toHaveAttribute('data-status', 'normal', { timeout: TASK_MS });

  // Dark theme of the list.
  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await screenshot(page, 'images-dark');
  await expectNoSeriousA11yViolations(page, 'images, dark');

  // Delete it from both regions, confirmed by name; each region's task is followed.
  await menuItem(page, row.getByTestId('row-actions'), 'Delete');
  const del = page.getByTestId('delete-image-dialog');
  await expect(del.getByRole('checkbox', { name: 'Beijing 1' })).toBeChecked();
  await expect(del.getByRole('checkbox', { name: 'Shanghai 1' })).toBeChecked();
  await del.getByTestId('confirm-input').fill(name);
  await screenshot(page, 'delete-image-dark');
  await del.getByTestId('dialog-submit').click();
  await expect(page.getByTestId('task-notice').filter({ hasText: 'Delete' })).toHaveCount(2);
  await expect(page.locator('[data-testid=task-notice][data-status=FINISH]').filter({ hasText: 'Delete' })).toHaveCount(2, { timeout: TASK_MS });
  await expect(row).toHaveCount(0, { timeout: TASK_MS });
  await expect(page.getByText('No image matches')).toBeVisible();

  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
});
