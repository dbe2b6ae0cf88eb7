import { expect } from 'vitest';
import { waitForTask, type Harness } from './harness';

/** What the database integration suites share: the seeded VDCs and networks, tasks, errors. */

export type Item = Record<string, any>;

export async function vdcNetwork(h: Harness, vdcName: string, networkName: string) {
  const vdcs: Item[] = (await h.action('network', 'DescribeVdc', {})).body.data.items;
  const vdc = vdcs.find((v) => v.name === vdcName)!;
  const network = (vdc.privateNetworks as Item[]).find((p) => p.name === networkName)!;
  return { vdc, network };
}

/** Runs a task action through the BFF, expects success, follows the task to FINISH. */
export async function runTask(h: Harness, product: string, action: string, body: Item) {
  const r = await h.action(product, action, body);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expect(r.body.taskIds.length).toBeGreaterThan(0);
  for (const id of r.body.taskIds as string[]) expect((await waitForTask(h, id, 10_000)).status).toBe('FINISH');
  return r.body;
}

export async function expectError(h: Harness, product: string, action: string, body: Item, httpStatus: number, code: string) {
  const r = await h.action(product, action, body);
  expect(r.status, JSON.stringify(r.body)).toBe(httpStatus);
  expect(r.body).toMatchObject({ code, httpStatus, message: expect.any(String), requestId: expect.any(String) });
  return r.body;
}
