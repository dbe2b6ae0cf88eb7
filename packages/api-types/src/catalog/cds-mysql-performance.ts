import { z } from 'zod';
import { defineAction, loose } from '../define';
import type { DbPerformance } from '../normalized/monitor';
import { DB_PERFORMANCE_MAX_SPAN_MS, MYSQL_METRICS } from '../paas-values';
import { dateTime, spanMs, uuidLike } from './cds-shared';
import { paasEnvelope } from './cds-paas-shared';

/** DescribeDBInstancePerformance (cds-mysql-api.md §15): MySQL metrics, at /paas/monitor. */

const instanceId = uuidLike('InstanceUuid');

export const MYSQL_METRIC_KEYS = MYSQL_METRICS.map((m) => m.key) as [
  (typeof MYSQL_METRICS)[number]['key'],
  ...(typeof MYSQL_METRICS)[number]['key'][],
];

export const DescribeDBInstancePerformance = defineAction({
  provider: 'cds',
  product: 'mysql',
  path: '/paas/monitor',
  action: 'DescribeDBInstancePerformance',
  method: 'POST',
  kind: 'read',
  input: z
    .object({
      InstanceUuid: instanceId,
      MetricKey: z.enum(MYSQL_METRIC_KEYS, {
        error: `MetricKey must be one of ${MYSQL_METRIC_KEYS.join(', ')}`,
      }),
      StartTime: dateTime('StartTime'),
      EndTime: dateTime('EndTime'),
    })
    .refine((v) => (spanMs(v.StartTime, v.EndTime) ?? 1) > 0, {
      message: 'EndTime must be after StartTime',
      path: ['EndTime'],
    })
    .refine((v) => (spanMs(v.StartTime, v.EndTime) ?? 0) <= DB_PERFORMANCE_MAX_SPAN_MS, {
      message: 'The time span is at most 30 days',
      path: ['EndTime'],
    }),
  output: loose({
    ...paasEnvelope,
    Data: loose({
      InstanceUuid: z.string().default(''),
      MetricKey: z.string().default(''),
      ProductType: z.string().optional(),
      Period: z.coerce.number().optional(),
      StartTime: z.string().optional(),
      EndTime: z.string().optional(),
      DataPoints: z
        .array(
          loose({
            MetricName: z.string().default(''),
            MetricType: z.string().optional(),
            MonitorType: z.union([z.string(), z.array(z.string())]).optional(),
            Unit: z.string().optional(),
            Values: z
              .array(
                loose({
                  DateTime: z.string().optional(),
                  DataTime: z.string().optional(),
                  Value: z.coerce.number().nullable(),
                }),
              )
              .default([]),
          }),
        )
        .default([]),
    }),
  }),
  normalize: (raw): DbPerformance => ({
    instanceId: raw.Data.InstanceUuid,
    metricKey: raw.Data.MetricKey,
    productType: raw.Data.ProductType,
    period: raw.Data.Period,
    startTime: raw.Data.StartTime,
    endTime: raw.Data.EndTime,
    series: raw.Data.DataPoints.map((d) => ({
      name: d.MetricName,
      type: d.MetricType,
      monitorType: Array.isArray(d.MonitorType) ? d.MonitorType.join(',') : d.MonitorType,
      unit: d.Unit,
      // A null Value is a gap the chart shows as one, not a zero.
      points: d.Values.map((v) => ({ time: v.DateTime ?? v.DataTime ?? '', value: v.Value })),
    })),
  }),
  summary: { en: 'MySQL performance metrics over a time span', zh: '获取云数据库MySQL监控指标' },
  notes:
    'Path /paas/monitor, product mysql. The table says Values[].DataTime, the answer DateTime: both are read. MonitorType is typed list but answered as a string: both. "mysql_network_trffice" is spelled as documented (it is the wire value). The granularity table says 30s for spans up to 4h while its text says 5 seconds: Period is taken from the answer. The table stops at 30 days: longer spans are refused. A null Value (no sample) is kept as a gap. mysql_network_trffice ("进入流量和出去流量") may answer two DataPoints, in and out; every DataPoints entry becomes a series. Time format is not stated; the answer\'s "YYYY-MM-DD HH:mm:ss" is required.',
});
