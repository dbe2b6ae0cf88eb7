import { cdsMysql, dateTimeMs, dbPerformancePeriod, type MysqlMetricKey } from '@console/api-types';
import { cdsDateTime, HOUR } from '../../../util/time';
import { findDb } from '../../models/paas/db-lifecycle';
import { dbSeries, type DbSeriesQuery } from '../../models/paas/performance';
import { paasHandler } from './handler';

/** DescribeDBInstancePerformance (POST /paas/monitor), answered as the document's example. */

const BEIJING = 8 * HOUR;
const fromBeijing = (s: string) => dateTimeMs(s) - BEIJING;

interface SeriesMeta {
  name: string;
  type: 'gauge' | 'counter';
  monitorType: 'resources' | 'engine';
  unit: string;
  direction?: 'in' | 'out';
}

/**
 * Names and units per metric. The example (slow queries) answers MetricName without the "mysql_"
 * prefix, MetricType counter and Unit 次; the network metric ("进入流量和出去流量") answers two
 * series, in and out.
 */
const META: Record<MysqlMetricKey, SeriesMeta[]> = {
  mysql_cpu_usage: [{ name: 'cpu_usage', type: 'gauge', monitorType: 'resources', unit: '%' }],
  mysql_mem_usage: [{ name: 'mem_usage', type: 'gauge', monitorType: 'resources', unit: '%' }],
  mysql_space_usage: [{ name: 'space_usage', type: 'gauge', monitorType: 'resources', unit: '%' }],
  mysql_network_trffice: [
    { name: 'network_in', type: 'gauge', monitorType: 'resources', unit: 'MB/s', direction: 'in' },
    { name: 'network_out', type: 'gauge', monitorType: 'resources', unit: 'MB/s', direction: 'out' },
  ],
  mysql_sessions: [{ name: 'sessions', type: 'gauge', monitorType: 'engine', unit: '个' }],
  mysql_slow_queries: [{ name: 'slow_queries', type: 'counter', monitorType: 'engine', unit: '次' }],
};

export const describeDBInstancePerformance = paasHandler('/paas/monitor', cdsMysql.DescribeDBInstancePerformance, ({ world, account }, input) => {
  const db = findDb(account, 'mysql', input.InstanceUuid);
  const startMs = fromBeijing(input.StartTime);
  const endMs = fromBeijing(input.EndTime);
  const period = dbPerformancePeriod(endMs - startMs);
  const base: Omit<DbSeriesQuery, 'direction'> = {
    instanceId: db.id,
    metric: input.MetricKey,
    period,
    startMs,
    endMs,
    // A database still being built has no history.
    createdAt: db.status === 'CREATING' ? Number.POSITIVE_INFINITY : db.createdAt,
    nowMs: world.now(),
    cpu: db.goods.spec.cpu,
    diskGb: db.diskGb ?? 100,
  };
  return {
    Message: 'success',
    TaskId: '',
    Data: {
      DataPoints: META[input.MetricKey].map((m) => ({
        MetricName: m.name,
        MetricType: m.type,
        MonitorType: m.monitorType,
        Unit: m.unit,
        Values: dbSeries({ ...base, direction: m.direction }).map((p) => ({ DateTime: cdsDateTime(p.t), Value: p.value })),
      })),
      EndTime: input.EndTime,
      InstanceUuid: db.id,
      MetricKey: input.MetricKey,
      Period: period,
      ProductType: db.productType,
      StartTime: input.StartTime,
    },
  };
});
