import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../index';
import { cdsClient, startTestSim, waitForTask, type CdsClient, type Json } from '../../../testing/client';

let sim: Simulator;
let client: CdsClient;
beforeAll(async () => {
  sim = await startTestSim({ taskMs: 600 });
  client = cdsClient(sim);
});
beforeEach(() => sim.reset());
afterAll(async () => sim?.close());

const byName = async (name: string) =>
  ((await client.get('/mysql', 'DescribeDBInstances')).body.Data as Json[]).find((d) => d.InstanceName === name)!;
const backups = async (id: string) => (await client.get('/mysql', 'DescribeBackups', { InstanceUuid: id })).body.Data as Json[];

describe('backups', () => {
  it('lists the seeded automatic sets, newest first, with size, type, mode and times', async () => {
    const db = await byName('order-db');
    const list = await backups(db.InstanceUuid);
    expect(list).toHaveLength(4);
    expect(list[0]).toMatchObject({ BackupMode: 'auto', BackupType: 'physical-backup', Status: 'finished', InstanceId: db.InstanceUuid, Desc: '' });
    expect(list[0]!.BackupSize).toBeGreaterThan(300_000);
    expect(list[0]!.StartTime > list[1]!.StartTime).toBe(true);
    expect(list[0]!.StartTime).toMatch(/ 04:10:\d\d$/);
  });

  it('CreateBackup makes a manual set: doing at once, finished with a size at the task’s end; one at a time', async () => {
    const db = await byName('order-db');
    const r = await client.post('/mysql', 'CreateBackup', { InstanceUuid: db.InstanceUuid, BackupType: 'physical-backup', Desc: 'before upgrade' });
    expect(r).toMatchObject({ status: 200, body: { Code: 'Success', Data: {} } });
    const doing = (await backups(db.InstanceUuid))[0]!;
    expect(doing).toMatchObject({ Status: 'doing', BackupMode: 'manual', Desc: 'before upgrade', BackupSize: 0, EndTime: '' });
    expect(await client.post('/mysql', 'CreateBackup', { InstanceUuid: db.InstanceUuid, BackupType: 'physical-backup' })).toMatchObject({ status: 409, body: { Code: 'ResourceInUse' } });
    expect(await client.get('/mysql', 'DownloadBackup', { InstanceUuid: db.InstanceUuid, BackupId: doing.BackupId })).toMatchObject({ status: 409, body: { Code: 'ResourceInUse' } });
    await waitForTask(client, r.body.TaskId);
    const done = (await backups(db.InstanceUuid))[0]!;
    expect(done).toMatchObject({ BackupId: doing.BackupId, Status: 'finished' });
    expect(done.BackupSize).toBeGreaterThan(0);
    expect(done.EndTime >= done.StartTime).toBe(true);
    expect((await byName('order-db')).Status).toBe('RUNNING');
  });

  it('is refused for a basic instance and a read-only one', async () => {
    for (const name of ['test-mysql', 'order-db-ro']) {
      const db = await byName(name);
      expect(await client.post('/mysql', 'CreateBackup', { InstanceUuid: db.InstanceUuid, BackupType: 'physical-backup' })).toMatchObject({ status: 400, body: { Code: 'UnsupportedOperation' } });
    }
  });

  it('DownloadBackup answers URLs; the public one serves a file of exactly BackupSize bytes until the set is deleted', async () => {
    const db = await byName('order-db');
    const set = (await backups(db.InstanceUuid))[1]!;
    const r = await client.get('/mysql', 'DownloadBackup', { InstanceUuid: db.InstanceUuid, BackupId: set.BackupId });
    expect(r.status).toBe(200);
    expect(r.body.Data).toMatchObject({ BackupId: set.BackupId, BackupType: 'full-backup', BackupSize: set.BackupSize, Status: 'finished' });
    const url = r.body.Data.BackupDownloadUrl as string;
    expect(url.startsWith(`${sim.url}/paas-backups/${set.BackupId}/`)).toBe(true);
    expect(r.body.Data.BackupIntranetDownloadUrl).toMatch(/^http:\/\/10\./);

    const file = await fetch(url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="backup_.*\.xb"$/);
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.length).toBe(set.BackupSize);
    expect(bytes.subarray(0, 35).toString()).toBe('CDS simulator MySQL physical backup');
    expect(Buffer.from(await (await fetch(url)).arrayBuffer()).equals(bytes)).toBe(true);
    expect((await fetch(url.replace(/token=\w+/, 'token=wrong'))).status).toBe(404);

    const del = await client.post('/mysql', 'DeleteBackup', { InstanceUuid: db.InstanceUuid, BackupId: set.BackupId });
    expect(del.status).toBe(200);
    expect((await backups(db.InstanceUuid)).find((b) => b.BackupId === set.BackupId)!.Status).toBe('deleting');
    await waitForTask(client, del.body.TaskId);
    expect((await backups(db.InstanceUuid)).map((b) => b.BackupId)).not.toContain(set.BackupId);
    expect((await fetch(url)).status).toBe(404);
  });

  it('answers ResourceNotFound for an unknown backup or instance', async () => {
    const db = await byName('order-db');
    expect(await client.post('/mysql', 'DeleteBackup', { InstanceUuid: db.InstanceUuid, BackupId: 'nope' })).toMatchObject({ status: 404, body: { Code: 'ResourceNotFound' } });
    expect(await client.get('/mysql', 'DescribeBackups', { InstanceUuid: 'nope' })).toMatchObject({ status: 404, body: { Code: 'ResourceNotFound' } });
  });
});
