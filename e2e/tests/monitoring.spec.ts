import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { screenshot } from './support/screens';
import { api, signInAs } from './support/session';
import { expect, test } from './support/test';

/** Opens an instance's detail page by its (fixed, seeded) name. */
async function openInstance(page: Page, name: string) {
  await signInAs(page);
  // The theme is a saved preference: start light whatever an earlier run left.
  await api(page, 'PATCH', '/api/me', { theme: 'light' });
  const list = await api(page, 'POST', '/api/actions/cds/ccs/DescribeInstances', { PageSize: 100 });
  const instance = (list.body.data.items as { id: string; name: string }[]).find((i) => i.name === name)!;
  await page.goto(`/instances/${instance.id}?region=CN_Beijing_A`);
  await expect(page.getByTestId('instance-monitoring')).toBeVisible();
}

// The dark test saves "dark" to the admin's profile: put it back for the specs that follow.
test.afterEach(async ({ page }) => {
  await api(page, 'PATCH', '/api/me', { theme: 'light' });
});

/** Where support/screens.ts puts screenshots (run from e2e/). */
const shot = (name: string) => `../test-results/screenshots/${name}.png`;
const points = (page: Page, metric: string) => page.getByTestId(`chart-${metric}`).getByTestId('chart-points');

test('monitoring charts: ranges, periods, a disk, the tooltip, light and dark', async ({ page }) => {
  test.setTimeout(120_000);
  await openInstance(page, 'db-master');
  const monitoring = page.getByTestId('instance-monitoring');
  // The last hour at one minute by default, every metric drawn.
  for (const m of ['CPUUtilization', 'RAMUtilization', 'DiskReadIOPS', 'DiskWriteBPS', 'InterfaceInRate', 'InterfaceOutRate']) {
    await expect(page.getByTestId(`chart-${m}`).locator('.recharts-line-curve')).toBeVisible();
  }
  await expect(points(page, 'CPUUtilization')).toHaveText(/^(60|61) points$/);

  await monitoring.getByText('Last 6 hours').click();
  await expect(page).toHaveURL(/range=6h/);
  await expect(points(page, 'CPUUtilization')).toHaveText(/^36[01] points$/);

  await monitoring.getByText('Last 7 days').click();
  await expect(page).toHaveURL(/range=7d/);
  await expect(points(page, 'CPUUtilization')).toHaveText(/^67[23] points$/);
  // A week at one minute: 10,080 points, downsampled for drawing.
  await monitoring.getByText('1 min', { exact: true }).click();
  await expect(page).toHaveURL(/period=60/);
  await expect(points(page, 'CPUUtilization')).toHaveText(/^10,0[78]\d points$/, { timeout: 20_000 });
  await expect(page.getByTestId('chart-CPUUtilization').getByTestId('chart-gaps')).toBeVisible();

  // A data disk instead of the system disk: the disk charts follow, the URL keeps it.
  const diskBefore = await page.getByTestId('chart-DiskReadIOPS').locator('.recharts-line-curve').getAttribute('d');
  await page.getByTestId('monitor-disk').click();
  await page.getByRole('option', { name: /^Data disk 1/ }).click();
  await expect(page).toHaveURL(/disk=[0-9a-f-]{36}/);
  await expect
    .poll(async () => page.getByTestId('chart-DiskReadIOPS').locator('.recharts-line-curve').getAttribute('d'))
    .not.toBe(diskBefore);

  // The range survives a reload (it is in the URL).
  await page.reload();
  await expect(points(page, 'CPUUtilization')).toHaveText(/^10,0[78]\d points$/, { timeout: 20_000 });

  // Back to 24 hours; hover the CPU chart: the tooltip gives the time and the exact value.
  await monitoring.getByText('Last 24 hours').click();
  await expect(points(page, 'CPUUtilization')).toHaveText(/^9[67] points$/);
  const cpu = page.getByTestId('chart-CPUUtilization').locator('.recharts-surface');
  await cpu.scrollIntoViewIfNeeded();
  const box = (await cpu.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  const tooltip = page.getByTestId('monitor-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/\d{2}:\d{2}:\d{2}/);
  await expect(tooltip).toContainText(/(\d+(\.\d+)?%|No sample)/);
  await page.getByTestId('chart-CPUUtilization').screenshot({ path: shot('monitoring-tooltip-light') });
  await screenshot(page, 'monitoring-light');
  await expectNoSeriousA11yViolations(page, 'monitoring, light');

  // A custom range: refused backwards, taken in order.
  await monitoring.getByText('Custom').click();
  await monitoring.getByRole('textbox', { name: 'From' }).fill('2026-01-02T10:00');
  await monitoring.getByRole('textbox', { name: 'To' }).fill('2026-01-02T09:00');
  await monitoring.getByRole('button', { name: 'Apply' }).click();
  await expect(monitoring.getByRole('alert')).toHaveText('The end must be after the start.');
  await monitoring.getByRole('textbox', { name: 'To' }).fill('2026-01-02T16:00');
  await monitoring.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/from=2026-01-02T\d{2}%3A00Z&to=2026-01-02T\d{2}%3A00Z/);
  await expect(points(page, 'CPUUtilization')).toHaveText('360 points');

  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await monitoring.getByText('Last 24 hours').click();
  await expect(points(page, 'CPUUtilization')).toHaveText(/^9[67] points$/);
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await expect(tooltip).toBeVisible();
  await page.getByTestId('chart-CPUUtilization').screenshot({ path: shot('monitoring-tooltip-dark') });
  await screenshot(page, 'monitoring-dark');
  await expectNoSeriousA11yViolations(page, 'monitoring, dark');
});

test('a stopped instance says so and reads zero', async ({ page }) => {
  await openInstance(page, 'jenkins');
  await expect(page.getByText('The instance is stopped: its metrics read zero until it runs again.')).toBeVisible();
  const cpu = page.getByTestId('chart-CPUUtilization').locator('.recharts-surface');
  await cpu.scrollIntoViewIfNeeded();
  const box = (await cpu.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await expect(page.getByTestId('monitor-tooltip')).toContainText('0%');
});
