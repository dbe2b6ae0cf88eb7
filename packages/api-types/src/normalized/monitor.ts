/** Time series of the monitoring actions (CDS instances, CDS MySQL). */

export interface MetricPoint {
  /** As answered, e.g. "2019-10-09 15:30:00" (no time zone given by the cloud). */
  time: string;
  /** null where the cloud has no sample (a gap a chart must show as a gap, not as zero). */
  value: number | null;
}

export interface InstanceMonitor {
  instanceId: string;
  /** Seconds between points. */
  period: number;
  points: MetricPoint[];
}

export interface DbMetricSeries {
  name: string;
  type?: string;
  monitorType?: string;
  unit?: string;
  points: MetricPoint[];
}

export interface DbPerformance {
  instanceId: string;
  metricKey: string;
  productType?: string;
  /** Seconds between points, chosen by the cloud from the time span. */
  period?: number;
  startTime?: string;
  endTime?: string;
  series: DbMetricSeries[];
}
