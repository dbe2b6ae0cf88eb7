import { cdsCcsInstanceOps } from '@console/api-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../index';
import { cdsClient, startTestSim, TEST_KEY, type CdsClient, type Json } from '../../testing/client';
import { cdsDateTime, DAY, HOUR, MINUTE } from '../../util/time';
import { MAX_MONITOR_POINTS } from './monitor';

let sim: Simulator;
let client: CdsClient;
let running: Json;
let stopped: Json;
beforeAll(async () => {
  sim = await startTestSim();
  client = cdsClient(sim);
  const list = await client.post('/ccs', 'DescribeInstances', { PageSize: 100 });
  const all = list.body.Data.Instances as Json[];
  running = all.find(
    (i) =>
      i.InstanceStatus === 'running' &&
      i.Disks.DataDisks.length > 0 &&
      i.PublicNetworkInterface[0]?.InterfaceId,
  )!;
  stopped = all.find((i) => i.InstanceStatus === 'stop')!;
});
afterAll(async () => sim?.close());

// A past Monday (Beijing time), long after the seeded instances were created.
const DAY_START = '2025-06-02 00:00:00';
const monitor = (params: Json) =>
  client.post('/ccs', 'DescribeInstanceMonitor', {
    Period: 60,
    StartTime: DAY_START,
    EndTime: '2025-06-02 01:00:00',
    ...params,
  });
const deviceFor = (i: Json, metric: string): Json =>
  metric.startsWith('Disk')
    ? { DiskId: i.Disks.DataDisks[0].DiskId }
    : metric.startsWith('Interface')
      ? { InterfaceId: i.PublicNetworkInterface[0]?.InterfaceId }
      : {};

describe('DescribeInstanceMonitor', () => {
  it('answers every metric in the documented shape, Period as a string, times in Beijing format', async () => {
    for (const metric of cdsCcsInstanceOps.CDS_MONITOR_METRICS) {
      const r = await monitor({
        InstanceId: running.InstanceId,
        MetricName: metric,
        ...deviceFor(running, metric),
      });
      expect(r.status, metric).toBe(200);
      expect(r.body.Code).toBe('Success');
      expect(cdsCcsInstanceOps.DescribeInstanceMonitor.output.safeParse(r.body).success).toBe(true);
      expect(r.body.Data).toMatchObject({ InstanceId: running.InstanceId, Period: '60' });
      const points = r.body.Data.DataPoints as Json[];
      expect(points).toHaveLength(60);
      expect(points[0]).toEqual({ Timestamp: DAY_START, Value: expect.anything() });
      expect(points[1]!.Timestamp).toBe('2025-06-02 00:01:00');
      expect(points.some((p) => typeof p.Value === 'number' && p.Value > 0)).toBe(true);
    }
  });

  it('gives the same answer to the same query', async () => {
    const params = {
      InstanceId: running.InstanceId,
      MetricName: 'CPUUtilization',
      Period: '900',
      EndTime: '2025-06-03 00:00:00',
    };
    const a = await monitor(params);
    const b = await monitor(params);
    expect(a.body.Data.DataPoints).toHaveLength(96);
    expect(a.body.Data.Period).toBe('900');
    expect(b.body.Data).toEqual(a.body.Data);
  });

  it('reads zero for a stopped instance since it stopped, and its load before', async () => {
    const now = Date.now();
    const lastHour = await monitor({ InstanceId: stopped.InstanceId, MetricName: 'CPUUtilization', StartTime: cdsDateTime(now - HOUR), EndTime: cdsDateTime(now) });
    expect(lastHour.status).toBe(200);
    expect(new Set(lastHour.body.Data.DataPoints.map((p: Json) => p.Value))).toEqual(new Set([0]));
    // A seeded stopped machine went off at most six days ago: ten days back it was working.
    const before = await monitor({ InstanceId: stopped.InstanceId, MetricName: 'CPUUtilization', StartTime: cdsDateTime(now - 10 * DAY), EndTime: cdsDateTime(now - 10 * DAY + HOUR) });
    expect(before.body.Data.DataPoints.some((p: Json) => typeof p.Value === 'number' && p.Value > 0)).toBe(true);
  });

  it('keeps gaps as null: a week at one minute has a few', async () => {
    const r = await monitor({
      InstanceId: running.InstanceId,
      MetricName: 'RAMUtilization',
      EndTime: '2025-06-09 00:00:00',
    });
    expect(r.body.Data.DataPoints).toHaveLength(MAX_MONITOR_POINTS);
    const nulls = r.body.Data.DataPoints.filter((p: Json) => p.Value === null);
    expect(nulls.length).toBeGreaterThan(0);
    expect(nulls.length).toBeLessThan(300);
  });

  it('refuses a span of more than 10,080 points', async () => {
    const r = await monitor({
      InstanceId: running.InstanceId,
      MetricName: 'CPUUtilization',
      EndTime: '2025-06-09 00:01:00',
    });
    expect([r.status, r.body.Code]).toEqual([400, 'InvalidParameter']);
    expect(r.body.Message).toMatch(/10081 points.*at most 10080/);
  });

  it('answers nothing after now, nor for an instance still being created', async () => {
    const now = Date.now();
    const r = await monitor({
      InstanceId: running.InstanceId,
      MetricName: 'CPUUtilization',
      StartTime: cdsDateTime(now - 10 * MINUTE),
      EndTime: cdsDateTime(now + HOUR),
    });
    const points = r.body.Data.DataPoints as Json[];
    expect(points.length).toBeGreaterThanOrEqual(10);
    expect(points.length).toBeLessThanOrEqual(11);
    expect(points.at(-1)!.Timestamp <= cdsDateTime(now)).toBe(true);

    const instance = sim.world
      .account(TEST_KEY.accessKeyId)!
      .findInstance(running.InstanceId)!.instance;
    instance.status = 'creating';
    try {
      const creating = await monitor({
        InstanceId: running.InstanceId,
        MetricName: 'CPUUtilization',
      });
      expect(creating.body.Data.DataPoints).toEqual([]);
    } finally {
      instance.status = 'running';
    }
  });

  it('reads the system disk without DiskId and a data disk with one', async () => {
    const sys = await monitor({ InstanceId: running.InstanceId, MetricName: 'DiskReadIOPS' });
    const data = await monitor({
      InstanceId: running.InstanceId,
      MetricName: 'DiskReadIOPS',
      ...deviceFor(running, 'Disk'),
    });
    expect(sys.status).toBe(200);
    expect(data.status).toBe(200);
    expect(sys.body.Data.DataPoints).not.toEqual(data.body.Data.DataPoints);
    // The system disk's own id (DescribeInstances answers it) names the same series.
    const byId = await monitor({ InstanceId: running.InstanceId, MetricName: 'DiskReadIOPS', DiskId: running.Disks.SystemDisk.DiskId });
    expect(byId.status).toBe(200);
    expect(byId.body.Data.DataPoints).toEqual(sys.body.Data.DataPoints);
  });

  it('reads the first interface without InterfaceId, and answers the documented errors for interfaces and the same style for disks', async () => {
    const base = { InstanceId: running.InstanceId, MetricName: 'InterfaceInRate' };
    // InterfaceId is optional (否): without it the instance's first interface is read, public before private.
    const first = running.PublicNetworkInterface[0]?.InterfaceId ?? running.PrivateNetworkInterface[0].InterfaceId;
    const implicit = await monitor(base);
    expect([implicit.status, implicit.body.Code]).toEqual([200, 'Success']);
    expect(implicit.body.Data.DataPoints).toEqual((await monitor({ ...base, InterfaceId: first })).body.Data.DataPoints);
    const malformed = await monitor({ ...base, InterfaceId: 'eth0' });
    expect([malformed.status, malformed.body.Code, malformed.body.Message]).toEqual([
      400,
      'InvalidInterfaceID.Malformed',
      'The specified parameter "InterfaceID" is not valid.',
    ]);
    const other = await monitor({
      ...base,
      InterfaceId:
        stopped.PublicNetworkInterface[0]?.InterfaceId ??
        stopped.PrivateNetworkInterface[0].InterfaceId,
    });
    expect([other.status, other.body.Code]).toEqual([400, 'InvalidInterfaceID.NotFound']);
    const disk = await monitor({ ...base, MetricName: 'DiskWriteBPS', DiskId: 'sda' });
    expect([disk.status, disk.body.Code]).toEqual([400, 'InvalidDiskID.Malformed']);
    const otherDisk = await monitor({
      ...base,
      MetricName: 'DiskWriteBPS',
      DiskId: running.InstanceId,
    });
    expect([otherDisk.status, otherDisk.body.Code]).toEqual([400, 'InvalidDiskID.NotFound']);
  });

  it('answers InstanceNotFound, and refuses a bad Period or an end before the start', async () => {
    const gone = await monitor({
      InstanceId: '00000000-0000-4000-8000-000000000000',
      MetricName: 'CPUUtilization',
    });
    expect([gone.status, gone.body.Code]).toEqual([400, 'InstanceNotFound']);
    const period = await monitor({
      InstanceId: running.InstanceId,
      MetricName: 'CPUUtilization',
      Period: 300,
    });
    expect([period.status, period.body.Code]).toEqual([400, 'InvalidParameter']);
    const backwards = await monitor({
      InstanceId: running.InstanceId,
      MetricName: 'CPUUtilization',
      EndTime: '2025-06-01 00:00:00',
    });
    expect(backwards.status).toBe(400);
  });
});
