import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { SIM_KEY } from './fake-upstream';
import { startHarness, waitForTask, type Harness } from './harness';

let h: Harness;
const logLines: string[] = [];
beforeAll(async () => {
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  h = await startHarness({ logStream });
});
afterAll(async () => h?.close());

const countInstances = async () => {
  const r = await h.action('ccs', 'DescribeInstances', { PageSize: 1 });
  return r.body.data.totalCount ?? r.body.data.pageCount;
};

describe('the action endpoint in front of the simulator', () => {
  it('refuses a call without the X-CSRF header and sends nothing', async () => {
    const before = await countInstances();
    const r = await h.call('/api/actions/cds/ccs/DeleteInstance', { InstanceIds: ['x'] }, {});
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ code: 'CsrfHeaderMissing', httpStatus: 403 });
    expect(typeof r.body.requestId).toBe('string');
    expect(await countInstances()).toBe(before);
  });

  it('answers 404 for an action that is not in the catalog, and never takes a path from the browser', async () => {
    for (const path of ['/api/actions/cds/ccs/DropEverything', '/api/actions/cds/..%2F..%2Fetc/DescribeVdc', '/api/actions/evil/ccs/DescribeVdc']) {
      const r = await h.call(path, {});
      expect(r.status).toBe(404);
      expect(r.body.code).toBe('UnknownAction');
    }
  });

  it('matches the action path as Express routes match it: any case, one trailing slash, encoded names; GET or a second slash is no route', async () => {
    for (const path of ['/api/actions/cds/network/DescribeVdc/', '/api/ACTIONS/cds/network/DescribeVdc', '/api/actions/cds/network/Describe%56dc']) {
      const r = await h.call(path, {});
      expect(r.status, path).toBe(200);
      expect(r.body.data.items.length, path).toBeGreaterThan(0);
    }
    for (const [path, body] of [['/api/actions/cds/network/DescribeVdc//', {}], ['/api/actions/cds/network/DescribeVdc', undefined]] as const) {
      const r = await h.call(path, body);
      expect(r.status, path).toBe(404);
      expect(r.body.code, path).toBe('NotFound');
    }
  });

  it('lists VDCs and pages instances through the signed upstream', async () => {
    const vdcs = await h.action('network', 'DescribeVdc', {});
    expect(vdcs.status).toBe(200);
    expect(vdcs.body.data.items.length).toBeGreaterThanOrEqual(4);
    expect(vdcs.body.data.items[0].publicNetworks.length).toBeGreaterThan(0);

    const page1 = await h.action('ccs', 'DescribeInstances', { PageNumber: 1, PageSize: 5 });
    const page2 = await h.action('ccs', 'DescribeInstances', { PageNumber: 2, PageSize: 5 });
    expect(page1.body.data.items).toHaveLength(5);
    expect(page1.body.data.pageCount).toBeGreaterThanOrEqual(6);
    const ids1 = page1.body.data.items.map((i: { id: string }) => i.id);
    const ids2 = page2.body.data.items.map((i: { id: string }) => i.id);
    expect(ids1.filter((id: string) => ids2.includes(id))).toEqual([]);

    const vdcId = vdcs.body.data.items[0].id;
    const inVdc = await h.action('ccs', 'DescribeInstances', { VdcId: vdcId, PageSize: 100 });
    expect(inVdc.body.data.items.every((i: { vdcId: string }) => i.vdcId === vdcId)).toBe(true);
  });

  it('validates the body field by field, sends nothing and writes no pending audit entry', async () => {
    const before = await countInstances();
    const auditBefore = h.audit.entries.length;
    const r = await h.action('ccs', 'CreateInstance', { RegionId: 'CN_Beijing_A', VdcId: 'v', Password: 'weak', Cpu: 3, Ram: 5, Amount: 100, Bogus: 1 });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('ValidationError');
    const paths = r.body.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['Password', 'Cpu', 'Ram', 'Amount']));
    expect(r.body.issues.find((i: { path: string }) => i.path === 'Cpu').message).toMatch(/1, 2, 4, 8, 10, 16, 32/);
    expect(JSON.stringify(r.body.issues)).toMatch(/Bogus/);
    expect(await countInstances()).toBe(before);
    const added = h.audit.entries.slice(auditBefore);
    expect(added.map((e) => e.outcome)).toEqual(['validation_error']);
  });

  it('creates an instance, follows its task to FINISH, sees it running, deletes it and sees it gone', async () => {
    const vdcs = await h.action('network', 'DescribeVdc', { RegionId: 'CN_Beijing_A' });
    const vdc = vdcs.body.data.items[0];
    const name = `it-slice-${Date.now()}`;
    const created = await h.action('ccs', 'CreateInstance', {
      RegionId: 'CN_Beijing_A',
      VdcId: vdc.id,
      Password: 'Str0ng!Pass',
      InstanceName: name,
      Cpu: 2,
      Ram: 4,
      Amount: 1,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body.taskIds).toHaveLength(1);
    const task = await waitForTask(h, created.body.taskIds[0]);
    expect(task.status).toBe('FINISH');
    const id = task.resourceIds[0];

    const listed = await h.action('ccs', 'DescribeInstances', { InstanceId: id });
    expect(listed.body.data.items[0]).toMatchObject({ id, name, status: 'running', cpu: 2, ram: 4 });

    const deleted = await h.action('ccs', 'DeleteInstance', { InstanceIds: [id] });
    expect(deleted.status).toBe(200);
    expect((await waitForTask(h, deleted.body.taskIds[0])).status).toBe('FINISH');
    const after = await h.action('ccs', 'DescribeInstances', { InstanceId: id });
    expect(after.body.data.items).toEqual([]);

    const mine = h.audit.entries.filter((e) => e.action === 'CreateInstance' && JSON.stringify(e.params).includes(name));
    expect(mine.map((e) => e.outcome)).toEqual(['pending', 'success']);
    expect(JSON.stringify(mine)).not.toContain('Str0ng!Pass');
    expect(mine[1]!.taskIds).toEqual(created.body.taskIds);
  });

  it('passes a documented upstream error through with code, message and both request ids', async () => {
    const list = await h.action('ccs', 'DescribeInstances', { PageSize: 100 });
    const stopped = list.body.data.items.find((i: { status: string }) => i.status === 'stop');
    expect(stopped).toBeDefined();
    const r = await h.action('ccs', 'StopInstance', { InstanceId: stopped.id });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ code: 'IncorrectInstanceStatus', httpStatus: 403 });
    expect(r.body.upstream.requestId).toEqual(expect.any(String));
    expect(r.body.requestId).not.toBe(r.body.upstream.requestId);
  });

  it('does not send a write when the audit log cannot be written', async () => {
    const before = await countInstances();
    h.audit.failing = true;
    try {
      const vdcs = await h.action('network', 'DescribeVdc', { RegionId: 'CN_Beijing_A' });
      const r = await h.action('ccs', 'CreateInstance', { RegionId: 'CN_Beijing_A', VdcId: vdcs.body.data.items[0].id, Password: 'Str0ng!Pass' });
      expect(r.status).toBe(503);
      expect(r.body.code).toBe('AuditUnavailable');
    } finally {
      h.audit.failing = false;
    }
    expect(await countInstances()).toBe(before);
  });

  it('answers malformed JSON and oversized bodies with the error shape', async () => {
    const bad = await h.call('/api/actions/cds/ccs/DescribeInstances', '{"PageSize":');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('InvalidJson');
    const big = await h.call('/api/actions/cds/ccs/DescribeInstances', { VdcId: 'x'.repeat(100_000) });
    expect(big.status).toBe(413);
  });

  it('logs JSON lines with a request id and never the secret or a password', async () => {
    await h.action('ccs', 'CreateInstance', { RegionId: 'CN_Beijing_A', VdcId: 'nope', Password: 'Str0ng!Pass' });
    expect(logLines.length).toBeGreaterThan(5);
    for (const line of logLines) {
      const entry = JSON.parse(line);
      if (entry.req) expect(entry.req.id).toEqual(expect.any(String));
      expect(line).not.toContain(SIM_KEY.secret);
      expect(line).not.toContain('Str0ng!Pass');
      expect(line).not.toMatch(/Signature=/);
    }
  });
});
