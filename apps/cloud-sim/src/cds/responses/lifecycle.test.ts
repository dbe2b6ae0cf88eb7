import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAIL_MARKER, type Simulator } from '../../index';
import { cdsClient, startTestSim, STRONG_PASSWORD, TEST_KEY, waitForTask, type CdsClient, type Json } from '../../testing/client';

const TASK_MS = 200;
let sim: Simulator;
let client: CdsClient;
beforeAll(async () => {
  sim = await startTestSim({ taskMs: TASK_MS });
  client = cdsClient(sim);
});
beforeEach(() => sim.reset());
afterAll(async () => sim?.close());

const instances = async (params: Record<string, unknown> = {}) =>
  (await client.post('/ccs', 'DescribeInstances', { PageSize: 100, ...params })).body.Data.Instances as Json[];
const instance = async (id: string) => (await instances({ InstanceId: id }))[0];
const withStatus = async (status: string) => (await instances()).find((i) => i.InstanceStatus === status)!;
const task = async (id: string) => (await client.get('/ccs', 'DescribeTask', { TaskId: id })).body;

describe('a create followed through its task', () => {
  it('goes NEW → DOING → FINISH, the instance creating → running', async () => {
    // Every state long enough for a poll to see on a loaded machine: NEW lasts a quarter of the
    // task (50 ms at TASK_MS), which a poll under load 10 missed (docs/testing.md).
    sim.world.scheduler.taskMs = 2000;
    try {
      await followCreate();
    } finally {
      sim.world.scheduler.taskMs = TASK_MS;
    }
  }, 20_000);

  async function followCreate() {
    const vdc = (await client.get('/network', 'DescribeVdc', { RegionId: 'CN_Beijing_A' })).body.Data[0];
    const created = await client.post('/ccs', 'CreateInstance', {
      RegionId: 'CN_Beijing_A', VdcId: vdc.VdcId, Password: STRONG_PASSWORD, InstanceName: 'flow', Amount: 2, Cpu: 2, Ram: 4,
    });
    expect(created.status).toBe(200);
    const first = await task(created.body.TaskId);
    expect(first).toMatchObject({ Code: 'Success', TaskId: created.body.TaskId, Data: { Status: 'NEW', TaskType: 'orderCreateVM' } });
    const ids = first.Data.ResourceIds as string[];
    expect(ids).toHaveLength(2);
    expect(first.Data.ResourceId).toBe(ids[0]);
    expect((await instance(ids[0]!))!.InstanceStatus).toBe('creating');

    const { answer, seen } = await waitForTask(client, created.body.TaskId, 15_000);
    expect(seen).toEqual(['NEW', 'DOING', 'FINISH']);
    expect(answer.Data.ResourceIds).toEqual(ids);
    for (const id of ids) expect(await instance(id)).toMatchObject({ InstanceStatus: 'running', Cpu: 2, Ram: 4 });
  }

  it(`ends in ERROR, the instance in error and the charge refunded, when the name contains "${FAIL_MARKER}"`, async () => {
    const account = sim.world.account(TEST_KEY.accessKeyId)!;
    const before = account.balance;
    const vdc = (await client.get('/network', 'DescribeVdc')).body.Data[0];
    const created = await client.post('/ccs', 'CreateInstance', { RegionId: vdc.RegionId, VdcId: vdc.VdcId, Password: STRONG_PASSWORD, InstanceName: `x-${FAIL_MARKER}` });
    expect(account.balance).toBeLessThan(before);
    const { answer } = await waitForTask(client, created.body.TaskId);
    expect(answer.Data.Status).toBe('ERROR');
    expect((await instance(answer.Data.ResourceId))!.InstanceStatus).toBe('error');
    expect(account.balance).toBe(before);
  });
});

describe('StopInstance and RebootInstance (power on)', () => {
  it('stops a running instance: stopping at once, stop at the end', async () => {
    const running = await withStatus('running');
    const r = await client.get('/ccs', 'StopInstance', { InstanceId: running.InstanceId });
    expect(r.status).toBe(200);
    expect(r.body.TaskId).toMatch(/^\d+$/);
    expect((await instance(running.InstanceId))!.InstanceStatus).toBe('stopping');
    const again = await client.get('/ccs', 'StopInstance', { InstanceId: running.InstanceId });
    expect([again.status, again.body.Code]).toEqual([403, 'IncorrectInstanceStatus']);
    const { answer } = await waitForTask(client, r.body.TaskId);
    expect(answer.Data).toMatchObject({ Status: 'FINISH', TaskType: 'stopVM', ResourceId: running.InstanceId });
    expect((await instance(running.InstanceId))!.InstanceStatus).toBe('stop');
  });

  it('powers on a stopped instance: starting at once, running at the end', async () => {
    const stopped = await withStatus('stop');
    const r = await client.get('/ccs', 'RebootInstance', { InstanceId: stopped.InstanceId });
    expect(r.status).toBe(200);
    expect((await instance(stopped.InstanceId))!.InstanceStatus).toBe('starting');
    await waitForTask(client, r.body.TaskId);
    expect((await instance(stopped.InstanceId))!.InstanceStatus).toBe('running');
  });

  it('answers the documented errors', async () => {
    const stopped = await withStatus('stop');
    const running = await withStatus('running');
    const errored = await withStatus('error');
    const gone = '0bb08ed7-e686-4168-93e5-e0187579753b';
    const cases: [string, string, number, string][] = [
      ['StopInstance', stopped.InstanceId, 403, 'IncorrectInstanceStatus'],
      ['StopInstance', errored.InstanceId, 403, 'IncorrectInstanceStatus'],
      ['StopInstance', gone, 400, 'InstanceNotFound'],
      ['StopInstance', 'vm-1', 400, 'InvalidInstanceID.Malformed'],
      ['RebootInstance', running.InstanceId, 403, 'IncorrectInstanceStatus'],
      ['RebootInstance', gone, 400, 'InstanceNotFound'],
      ['RebootInstance', 'vm-1', 400, 'InvalidInstanceId.Malformed'],
      ['RebootInstance', '', 400, 'MissingParameter'],
    ];
    for (const [action, id, status, code] of cases) {
      const r = await client.get('/ccs', action, id === '' ? {} : { InstanceId: id });
      expect([r.status, r.body.Code], `${action} ${id}`).toEqual([status, code]);
    }
    expect((await instance(running.InstanceId))!.InstanceStatus).toBe('running');
  });
});

describe('DeleteInstance', () => {
  it('deletes several instances: deleting at once, gone at the end, addresses free again', async () => {
    const all = await instances();
    const targets = [all.find((i) => i.InstanceStatus === 'running' && i.PublicNetworkInterface[0]?.IP)!, await withStatus('stop'), await withStatus('error')];
    const vdcBefore = (await client.get('/network', 'DescribeVdc', { VdcId: targets[0]!.VdcId })).body.Data[0];
    const r = await client.post('/ccs', 'DeleteInstance', { InstanceIds: targets.map((t) => t.InstanceId) });
    expect(r.status).toBe(200);
    for (const t of targets) expect((await instance(t.InstanceId))!.InstanceStatus).toBe('deleting');
    const { answer } = await waitForTask(client, r.body.TaskId);
    expect(answer.Data).toMatchObject({ Status: 'FINISH', TaskType: 'orderDeleteVM', ResourceIds: targets.map((t) => t.InstanceId) });
    expect(await instances({ InstanceId: targets.map((t) => t.InstanceId) })).toEqual([]);
    expect((await instances()).length).toBe(all.length - 3);
    const vdcAfter = (await client.get('/network', 'DescribeVdc', { VdcId: targets[0]!.VdcId })).body.Data[0];
    expect(vdcAfter.PublicNetwork[0].UnuseIpNum).toBe(vdcBefore.PublicNetwork[0].UnuseIpNum + 1);
  });

  it('changes nothing when any id is missing, malformed or busy', async () => {
    const running = await withStatus('running');
    const busy = await withStatus('stop');
    await client.get('/ccs', 'RebootInstance', { InstanceId: busy.InstanceId });
    const cases: [unknown, number, string][] = [
      [[running.InstanceId, '0bb08ed7-e686-4168-93e5-e0187579753b'], 400, 'InstanceNotFound'],
      [[running.InstanceId, 'vm-1'], 400, 'InvalidInstanceID.Malformed'],
      [[running.InstanceId, busy.InstanceId], 403, 'IncorrectInstanceStatus'],
      [[], 400, 'InvalidInstanceID.Malformed'],
      [undefined, 400, 'MissingParameter'],
    ];
    for (const [ids, status, code] of cases) {
      const r = await client.post('/ccs', 'DeleteInstance', ids === undefined ? {} : { InstanceIds: ids });
      expect([r.status, r.body.Code], JSON.stringify(ids)).toEqual([status, code]);
    }
    expect((await instance(running.InstanceId))!.InstanceStatus).toBe('running');
  });

  it('also takes the list as a JSON string in the query of a GET', async () => {
    const running = await withStatus('running');
    const r = await client.get('/ccs', 'DeleteInstance', { InstanceIds: [running.InstanceId] });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect((await instance(running.InstanceId))!.InstanceStatus).toBe('deleting');
  });
});

describe('timers', () => {
  it('are cleared by reset() and close(), so no task ends afterwards', async () => {
    const running = await withStatus('running');
    const r = await client.get('/ccs', 'StopInstance', { InstanceId: running.InstanceId });
    expect(sim.world.scheduler.pending).toBe(2);
    sim.reset();
    expect(sim.world.scheduler.pending).toBe(0);
    expect((await instance(running.InstanceId))!.InstanceStatus).toBe('running');
    expect((await client.get('/ccs', 'DescribeTask', { TaskId: r.body.TaskId })).body.Code).toBe('InvalidTaskID.Malformed');
  });
});
