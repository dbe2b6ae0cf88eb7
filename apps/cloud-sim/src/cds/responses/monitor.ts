import { cdsCcsInstanceOps, dateTimeMs } from '@console/api-types';
import { isUuid } from '../../util/prng';
import { cdsDateTime, HOUR } from '../../util/time';
import {
  instanceIdMalformed,
  instanceNotFound,
  invalidParameter,
  missingParameter,
} from '../exceptions';
import type { Instance } from '../models/instance';
import {
  metricDevice,
  monitorSeries,
  pointCount,
  type DeviceKind,
  type MonitorMetric,
} from '../models/monitor-series';
import { powerAt } from '../models/power-history';
import { handler } from '../registry';

/**
 * Most points one answer holds: seven days at one minute. The document states no limit; a real
 * monitoring store caps a query, and this one is the console's largest view (7 days, Period 60).
 */
export const MAX_MONITOR_POINTS = 10_080;

const BEIJING = 8 * HOUR;
/** Request times are Beijing wall-clock "YYYY-MM-DD HH:mm:ss", as every CDS time. */
const fromBeijing = (s: string) => dateTimeMs(s) - BEIJING;

// The document's only code (InvalidInterfaceID.Malformed, its message verbatim); the disk and
// "not this instance's" codes follow the same pattern.
const interfaceMalformed = () =>
  invalidParameter(
    'InvalidInterfaceID.Malformed',
    'The specified parameter "InterfaceID" is not valid.',
  );
const interfaceNotFound = (id: string, instanceId: string) =>
  invalidParameter(
    'InvalidInterfaceID.NotFound',
    `The specified interface ${id} is not an interface of instance ${instanceId}.`,
  );
const diskMalformed = () =>
  invalidParameter('InvalidDiskID.Malformed', 'The specified parameter "DiskID" is not valid.');
const diskNotFound = (id: string, instanceId: string) =>
  invalidParameter(
    'InvalidDiskID.NotFound',
    `The specified disk ${id} is not a data disk of instance ${instanceId}.`,
  );
const tooManyPoints = (n: number) =>
  invalidParameter(
    'InvalidParameter',
    `The time range holds ${n} points at this Period; at most ${MAX_MONITOR_POINTS} are answered: shorten the range or use a larger Period.`,
  );


/**
 * The device a metric reads. Disks: DiskId names the system disk or a data disk (DescribeInstances
 * answers both ids); without it the system disk is read, as before it had an id. Interfaces: InterfaceId
 * is optional in the table (否), so without it the instance's first interface is read, the public one
 * before the private ones; only an instance with no interface at all needs it named.
 */
function device(
  i: Instance,
  metric: MonitorMetric,
  diskId?: string,
  interfaceId?: string,
): { id: string; kind: DeviceKind } {
  const needs = metricDevice(metric);
  if (needs === 'disk') {
    if (diskId === undefined) return { id: '', kind: 'system-disk' };
    if (!isUuid(diskId)) throw diskMalformed();
    if (diskId === i.systemDisk.diskId) return { id: '', kind: 'system-disk' };
    if (!i.dataDisks.some((d) => d.diskId === diskId)) throw diskNotFound(diskId, i.instanceId);
    return { id: diskId, kind: 'data-disk' };
  }
  if (needs === 'interface') {
    if (interfaceId === undefined) {
      const first = i.publicNic ?? i.privateNics[0];
      if (!first) throw missingParameter('InterfaceId');
      return { id: first.interfaceId, kind: i.publicNic ? 'public-nic' : 'private-nic' };
    }
    if (!isUuid(interfaceId)) throw interfaceMalformed();
    if (i.publicNic?.interfaceId === interfaceId) return { id: interfaceId, kind: 'public-nic' };
    if (i.privateNics.some((n) => n.interfaceId === interfaceId))
      return { id: interfaceId, kind: 'private-nic' };
    throw interfaceNotFound(interfaceId, i.instanceId);
  }
  return { id: '', kind: 'instance' };
}

/**
 * DescribeInstanceMonitor (POST /ccs): Data.InstanceId, Data.Period as a string ("60"),
 * Data.DataPoints [{Timestamp "YYYY-MM-DD HH:mm:ss" (Beijing), Value (null for a gap)}].
 */
export const describeInstanceMonitor = handler(
  '/ccs',
  cdsCcsInstanceOps.DescribeInstanceMonitor,
  ({ world, account }, input) => {
    if (!isUuid(input.InstanceId)) throw instanceIdMalformed(input.InstanceId);
    const found = account.findInstance(input.InstanceId);
    if (!found) throw instanceNotFound(input.InstanceId);
    const instance = found.instance;
    const period = input.Period as 60 | 900 | 3600;
    const startMs = fromBeijing(input.StartTime);
    const endMs = fromBeijing(input.EndTime);
    const n = pointCount(startMs, endMs, period);
    if (n > MAX_MONITOR_POINTS) throw tooManyPoints(n);
    const dev = device(instance, input.MetricName, input.DiskId, input.InterfaceId);
    const points = monitorSeries({
      instanceId: instance.instanceId,
      metric: input.MetricName,
      deviceId: dev.id,
      deviceKind: dev.kind,
      period,
      startMs,
      endMs,
      // Not yet created: a machine still being built has no history.
      createdAt: instance.status === 'creating' ? Number.POSITIVE_INFINITY : instance.createdAt,
      nowMs: world.now(),
      // Load follows the power history: zero while the machine was off, and only then.
      power: (ms) => powerAt(instance, ms, world.now()),
    });
    return {
      Data: {
        InstanceId: instance.instanceId,
        Period: String(period),
        DataPoints: points.map((p) => ({ Timestamp: cdsDateTime(p.t), Value: p.value })),
      },
    };
  },
  {
    fieldCodes: { InterfaceId: 'InvalidInterfaceID.Malformed', DiskId: 'InvalidDiskID.Malformed' },
  },
);
