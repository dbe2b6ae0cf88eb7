import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Waits until every list on the page has drawn all its rows: the shipped build draws a new page
 * of rows a row per task (apps/web/src/kit/drawing.tsx), its body aria-busy meanwhile. A test that
 * reads all the rows at once (their names, their count) waits for this first.
 */
export async function rowsDrawn(page: Page) {
  await expect(page.locator('tbody[aria-busy="true"]')).toHaveCount(0);
}

/** The locator, once every list on its page has drawn all its rows (rowsDrawn): to read them all at once. */
export async function drawn(locator: Locator): Promise<Locator> {
  await rowsDrawn(locator.page());
  return locator;
}
