import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/test';
import { screenshot } from './support/screens';
import { api, E2E_ADMIN, signInAs } from './support/session';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/web/dist');
const SIM_SECRET = 'SKdemo-local-simulator-secret-0001';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

test('no built asset contains a cloud secret or a password', () => {
  const files = filesUnder(dist);
  expect(files.some((f) => f.endsWith('.js'))).toBe(true);
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    expect(text, f).not.toContain(SIM_SECRET);
    expect(text, f).not.toContain(E2E_ADMIN.password);
  }
});

test('a viewer sees the write buttons disabled, with the reason', async ({ page, browser }) => {
  await signInAs(page);
  const viewer = { username: `viewer-${Date.now().toString(36)}`, password: 'E2e-Viewer-Pass-2026!' };
  const made = await api(page, 'POST', '/api/users', { ...viewer, role: 'viewer' });
  expect(made.status).toBe(201);

  const context = await browser.newContext();
  const vp = await context.newPage();
  await signInAs(vp, viewer);
  await expect(vp.getByTestId('instance-row').first()).toBeVisible();
  await expect(vp.getByTestId('create-instance')).toBeDisabled();
  const first = vp.getByTestId('instance-row').first();
  const name = await first.getAttribute('data-instance-name');
  await vp.getByRole('button', { name: `Actions for ${name}` }).click();
  await expect(vp.getByRole('menuitem', { name: 'Delete' })).toBeDisabled();
  await expect(vp.getByTestId('disabled-reason').first()).toContainText(/viewer/i);
  await screenshot(vp, 'viewer-disabled-actions');
  await context.close();
});
