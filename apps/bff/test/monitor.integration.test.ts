import { cdsCcsInstanceOps, type Instance } from '@console/api-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
let running: Instance;
let stopped: Instance;
beforeAll(async () => {
  h = await startHarness();
  const list = await h.action('ccs', 'DescribeInstances', { PageSize: 100 });
  const all = list.body.data.items as Instance[];
  running = all.find((i) => i.status === 'running' && i.dataDisks.some((d) => d.id) && i.publicInterfaces.length > 0)!;
  stopped = all.find((i) => i.status === 'stop')!;
});
afterAll(async () => h?.close());

// A past Monday, Beijing time (as CDS reads request times).
const monitor = (body: Record<string, unknown>) =>
  h.action('ccs', 'DescribeInstanceMonitor', { Period: 60, StartTime: '2025-06-02 09:00:00', EndTime: '2025-06-02 10:00:00', ...body });
const deviceOf = (metric: string) =>
  metric.startsWith('Disk')
    ? { DiskId: running.dataDisks.find((d) => d.id)!.id }
    : metric.startsWith('Interface')
      ? { InterfaceId: running.publicInterfaces[0]!.id }
      : {};

describe('DescribeInstanceMonitor through the BFF', () => {
  it('answers every metric, normalized to { instanceId, period, points }', async () => {
    for (const metric of cdsCcsInstanceOps.CDS_MONITOR_METRICS) {
      const r = await monitor({ InstanceId: running.id, MetricName: metric, ...deviceOf(metric) });
      expect(r.status, metric).toBe(200);
      expect(r.body.data.instanceId).toBe(running.id);
      expect(r.body.data.period).toBe(60);
      expect(r.body.data.points).toHaveLength(60);
      expect(r.body.data.points[0].time).toBe('2025-06-02 09:00:00');
      const values = r.body.data.points.map((p: { value: number | null }) => p.value).filter((v: number | null) => v !== null);
      expect(values.length).toBeGreaterThan(40);
      expect(Math.max(...values)).toBeGreaterThan(0);
      if (metric.endsWith('Utilization')) expect(Math.max(...values)).toBeLessThanOrEqual(100);
    }
  });

  it('gives the same answer to the same question', async () => {
    const q = { InstanceId: running.id, MetricName: 'InterfaceOutRate', Period: 900, EndTime: '2025-06-03 09:00:00', ...deviceOf('Interface') };
    const a = await monitor(q);
    const b = await monitor(q);
    expect(a.body.data.points).toHaveLength(96);
    expect(b.body.data).toEqual(a.body.data);
  });

  it('reads zero for a stopped instance since it stopped (at least the last day)', async () => {
    // CDS times are Beijing wall-clock "YYYY-MM-DD HH:mm:ss".
    const beijing = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    const now = Date.now();
    const r = await monitor({ InstanceId: stopped.id, MetricName: 'CPUUtilization', Period: 3600, StartTime: beijing(now - 86_400_000), EndTime: beijing(now) });
    expect(r.status).toBe(200);
    expect(r.body.data.points.length).toBeGreaterThanOrEqual(23);
    expect(new Set(r.body.data.points.map((p: { value: number }) => p.value))).toEqual(new Set([0]));
  });

  it('passes gaps through as null, not zero', async () => {
    const r = await monitor({ InstanceId: running.id, MetricName: 'CPUUtilization', StartTime: '2025-06-02 00:00:00', EndTime: '2025-06-09 00:00:00' });
    expect(r.status).toBe(200);
    expect(r.body.data.points).toHaveLength(10_080);
    const gaps = r.body.data.points.filter((p: { value: number | null }) => p.value === null);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.length).toBeLessThan(300);
  });

  it("passes the document's error for a malformed InterfaceId through, with both request ids", async () => {
    const r = await monitor({ InstanceId: running.id, MetricName: 'InterfaceInRate', InterfaceId: 'eth0' });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('InvalidInterfaceID.Malformed');
    expect(r.body.message).toContain('InterfaceID');
    expect(r.body.upstream.requestId).toEqual(expect.any(String));
  });

  it('refuses a bad Period before calling the cloud', async () => {
    const r = await monitor({ InstanceId: running.id, MetricName: 'CPUUtilization', Period: 300 });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('ValidationError');
  });
});
