import type { CDS_MONITOR_METRICS } from '@console/api-types/client';
import type { UnitKind } from './format';

export type MetricName = (typeof CDS_MONITOR_METRICS)[number];
export type MetricGroup = 'compute' | 'disk' | 'network';

export interface MetricInfo {
  name: MetricName;
  unit: UnitKind;
  group: MetricGroup;
}

/** The eight metrics of DescribeInstanceMonitor, in the order the page shows them. */
export const METRICS: readonly MetricInfo[] = [
  { name: 'CPUUtilization', unit: 'percent', group: 'compute' },
  { name: 'RAMUtilization', unit: 'percent', group: 'compute' },
  { name: 'DiskReadIOPS', unit: 'iops', group: 'disk' },
  { name: 'DiskWriteIOPS', unit: 'iops', group: 'disk' },
  { name: 'DiskReadBPS', unit: 'bytes', group: 'disk' },
  { name: 'DiskWriteBPS', unit: 'bytes', group: 'disk' },
  { name: 'InterfaceInRate', unit: 'bits', group: 'network' },
  { name: 'InterfaceOutRate', unit: 'bits', group: 'network' },
];

export const METRIC_GROUPS: readonly MetricGroup[] = ['compute', 'disk', 'network'];
