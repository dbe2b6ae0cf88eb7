import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test-results/screenshots');

/**
 * Saves a full-page screenshot under test-results/screenshots/<name>.png. Scrolled to the top
 * first (the fixed header would otherwise land mid-page) and with transitions finished, so a
 * notification is caught at rest, not half faded in.
 */
export async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true, animations: 'disabled' });
}
