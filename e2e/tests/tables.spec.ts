import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { screenshot } from './support/screens';
import { signInAs } from './support/session';
import { expect, test } from './support/test';
import { drawn, rowsDrawn } from './support/tables';

// Issue #13, "Tables": what every list of the kit's table does, tried on the MySQL list (sorted and
// paged in the browser) and the security groups: sort by a column (in the URL), hide a column
// (remembered after a reload), page size (remembered), several statuses at once (in the URL), the
// phone layout, `/` to search; and issue #12's degraded state: a failed refresh keeps the rows.

const rows = (page: Page) => page.getByTestId('db-row');
const names = async (page: Page) => (await drawn(rows(page))).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-name') ?? ''));
const natural = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });

test('a list sorts by a column, keeps chosen columns and page size, filters by several statuses', async ({ page }) => {
  await signInAs(page, undefined, '/databases/mysql');
  await expect(rows(page).first()).toBeVisible();
  const before = await names(page);
  expect(before.length).toBeGreaterThan(2);

  // Sort by name: ascending, then descending; the order is in the URL and survives a reload.
  await page.getByTestId('sort-name').click();
  await expect(page).toHaveURL(/sort=name(&|$)/);
  await expect.poll(() => names(page)).toEqual([...before].sort(natural));
  await expect(page.locator('th[data-column=name]')).toHaveAttribute('aria-sort', 'ascending');
  await page.getByTestId('sort-name').click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect.poll(() => names(page)).toEqual([...before].sort(natural).reverse());
  await page.reload();
  await expect(page.locator('th[data-column=name]')).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => names(page)).toEqual([...before].sort(natural).reverse());
  // Keyboard: the header is a button.
  await page.getByTestId('sort-status').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=status/);

  // Hide the version column; the name cannot be hidden; the choice outlives a reload.
  await expect(page.locator('th[data-column=version]')).toHaveCount(1);
  await page.getByTestId('column-chooser').click();
  await expect(page.getByRole('checkbox', { name: 'Name / ID' })).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Edition' }).uncheck();
  await expect(page.locator('th[data-column=version]')).toHaveCount(0);
  await screenshot(page, 'tables-column-chooser-light');
  await expectNoSeriousA11yViolations(page, 'MySQL list with the column chooser open');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(rows(page).first()).toBeVisible();
  await expect(page.locator('th[data-column=version]')).toHaveCount(0);
  await expect(page.locator('th[data-column=name]')).toHaveCount(1);

  // Several statuses at once, as a comma list in the URL; a link with two opens with both.
  await page.getByTestId('db-status-filter').click();
  await page.getByRole('option', { name: 'Running' }).click();
  await page.getByRole('option', { name: 'Error' }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/status=running(%2C|,)error/);
  await expect(rows(page).first()).toBeVisible();
  await expect(page.locator('[data-testid=db-row]:not([data-status=running]):not([data-status=error])')).toHaveCount(0);
  await page.goto('/databases/mysql?status=creating,running');
  await expect(rows(page).first()).toBeVisible();
  await expect(page.locator('.mantine-Pill-root')).toHaveText(['Running', 'Creating']);

  // Page size: chosen, then remembered when the list opens again without one in the URL.
  await page.goto('/security-groups');
  await expect(page.getByTestId('group-row').first()).toBeVisible();
  await expect(page.getByTestId('page-size')).toHaveValue('20 / page');
  await page.getByTestId('page-size').click();
  await page.getByRole('option', { name: '10 / page' }).click();
  await expect(page).toHaveURL(/size=10/);
  await rowsDrawn(page);
  expect(await page.getByTestId('group-row').count()).toBeLessThanOrEqual(10);
  await page.goto('/security-groups');
  await expect(page.getByTestId('page-size')).toHaveValue('10 / page');
  await expect(page).not.toHaveURL(/size=/);
});

test('`/` focuses the search; a failed refresh keeps the rows under a warning', async ({ page }) => {
  await signInAs(page, undefined, '/databases/mysql');
  await expect(rows(page).first()).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  await expect(page.getByTestId('db-search')).toBeFocused();
  // Typing "/" in the box is just a character.
  await page.keyboard.type('a/b');
  await expect(page.getByTestId('db-search')).toHaveValue('a/b');
  await page.getByTestId('db-search').fill('');

  const shown = await names(page);
  await page.route('**/DescribeDBInstances**', (route) =>
    route.fulfill({
      status: 502,
      contentType: 'application/json',
      body: JSON.stringify({ code: 'UpstreamUnavailable', message: 'The cloud did not answer', requestId: 'e2e-degraded', httpStatus: 502 }),
    }),
  );
  await page.getByTestId('refresh').click();
  const banner = page.getByTestId('degraded-banner');
  await expect(banner).toBeVisible({ timeout: 20_000 });
  await expect(banner).toContainText('showing data from');
  await expect(banner).toContainText('UpstreamUnavailable');
  expect(await names(page)).toEqual(shown);
  await expect(page.getByTestId('error-notice')).toHaveCount(0);
  await screenshot(page, 'tables-degraded-light');
  await expectNoSeriousA11yViolations(page, 'degraded list');
  // Dark and Chinese, then back (the choices are the person's, kept by the console).
  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.getByTestId('language-switch').click();
  await page.getByRole('option', { name: /中文/ }).click();
  await expect(banner).toContainText('刷新失败');
  await page.getByTestId('column-chooser').click();
  await expect(page.getByRole('checkbox', { name: '名称 / ID' })).toBeDisabled();
  await page.mouse.move(600, 10);
  await screenshot(page, 'tables-degraded-dark-zh');
  await expectNoSeriousA11yViolations(page, 'degraded list with the column chooser, dark, Chinese');
  await page.keyboard.press('Escape');
  await page.getByTestId('language-switch').click();
  await page.getByRole('option', { name: /English/ }).click();
  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  await page.unroute('**/DescribeDBInstances**');
  await banner.getByTestId('degraded-retry').click();
  await expect(banner).toHaveCount(0, { timeout: 20_000 });
});

test('on a phone, name and status stay visible and the other columns fold into the row', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, undefined, '/databases/mysql');
  await expect(rows(page).first()).toBeVisible();
  const first = rows(page).first();
  await expect(page.locator('th[data-column=name]')).toBeVisible();
  await expect(page.locator('th[data-column=status]')).toBeVisible();
  await expect(page.locator('th[data-column=address]')).toHaveCount(0);
  await expect(first.locator('.mantine-Badge-root').first()).toBeVisible();
  // Nothing scrolls sideways: neither the page nor the table inside its card.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const tableOverflow = await page
    .getByRole('table', { name: 'MySQL' })
    .evaluate((table) => table.getBoundingClientRect().width - (table.closest('.mantine-Paper-root')?.clientWidth ?? 0));
  expect(tableOverflow).toBeLessThanOrEqual(0);
  await first.getByTestId('row-expand').click();
  await expect(page.getByTestId('row-details').first()).toContainText('Address');
  await screenshot(page, 'tables-phone-light');
  await expectNoSeriousA11yViolations(page, 'MySQL list on a phone');
});

test('lists the cloud pages (images, VDCs) sort over every page', async ({ page }) => {
  const attr = async (testId: string, name: string) => (await drawn(page.getByTestId(testId))).evaluateAll((trs, n) => trs.map((tr) => tr.getAttribute(n) ?? ''), name);
  await signInAs(page, undefined, '/vdcs?size=100');
  await expect(page.getByTestId('vdc-row').first()).toBeVisible();
  const vdcs = await attr('vdc-row', 'data-vdc-name');
  await page.getByTestId('sort-name').click();
  await expect(page).toHaveURL(/sort=name/);
  await expect.poll(() => attr('vdc-row', 'data-vdc-name')).toEqual([...vdcs].sort(natural));

  await page.goto('/images?size=100');
  await expect(page.getByTestId('image-row').first()).toBeVisible();
  const images = await attr('image-row', 'data-image-name');
  await page.getByTestId('sort-name').click();
  await expect(page).toHaveURL(/sort=name/);
  await page.getByTestId('sort-name').click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect.poll(() => attr('image-row', 'data-image-name')).toEqual([...images].sort(natural).reverse());
  await expectNoSeriousA11yViolations(page, 'images sorted');
});
