import { cdsDateTime, DAY, HOUR, MINUTE } from '../../../util/time';
import { zoneName } from './regions';

/** A Memcached instance as MemcachedInstanceList and DescribeMemcachedInstance answer it (lower-case states). */

export type MemcachedStatus = 'creating' | 'running' | 'updating' | 'deleting' | 'error';

export const MEMCACHED_PORT = '11211';
/** CNY per GB and hour (invented, as every price of the simulator). */
export const MEMCACHED_GB_HOUR = 0.05;
/** The example's GoodsId 17129 is a 2G instance: one goods id per size from there. */
export const memcachedGoodsId = (gb: number) => String(17127 + gb);

export interface MemcachedInit {
  id: string;
  name: string;
  status: MemcachedStatus;
  confGb: number;
  regionId: string;
  vdcId: string;
  networkId: string;
  ip: string;
  createdAt: number;
  charged: number;
}

/** "0个月1天1小时1分47秒", the RunningTime of the example. */
export function runningTime(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const months = Math.floor(ms / (30 * DAY));
  const days = Math.floor((ms % (30 * DAY)) / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  return `${months}个月${days}天${hours}小时${minutes}分${s % 60}秒`;
}

export class MemcachedInstance {
  id: string;
  name: string;
  status: MemcachedStatus;
  confGb: number;
  regionId: string;
  vdcId: string;
  networkId: string;
  ip: string;
  createdAt: number;
  updatedAt: number;
  charged: number;
  /** Items cached; ClearMemcachedInstance empties it. */
  items = 0;

  constructor(init: MemcachedInit) {
    this.id = init.id;
    this.name = init.name;
    this.status = init.status;
    this.confGb = init.confGb;
    this.regionId = init.regionId;
    this.vdcId = init.vdcId;
    this.networkId = init.networkId;
    this.ip = init.ip;
    this.createdAt = init.createdAt;
    this.updatedAt = init.createdAt;
    this.charged = init.charged;
  }

  get conf() {
    return `${this.confGb}G`;
  }

  /** MemcachedInstanceList's item: Port as a string, as the example answers it. */
  listWire(vdcName: string) {
    return {
      Address: this.ip,
      AppName: vdcName,
      BillMethod: '0',
      ConfName: 'Memcached单机版',
      CreateTime: cdsDateTime(this.createdAt),
      InstanceConf: this.conf,
      InstanceId: this.id,
      InstanceName: this.name,
      Port: MEMCACHED_PORT,
      SiteName: zoneName(this.regionId),
      Status: this.status,
      UpdateTime: cdsDateTime(this.updatedAt),
      Version: 'Memcached1.6',
    };
  }

  /** DescribeMemcachedInstance's Data: the example's keys (Coon is the connection limit). */
  detailWire(vdcName: string, now: number) {
    const { ConfName: _confName, UpdateTime: _update, ...rest } = this.listWire(vdcName);
    return {
      ...rest,
      Coon: 10000,
      GoodsId: memcachedGoodsId(this.confGb),
      RunningTime: runningTime(now - this.createdAt),
      SiteId: this.regionId,
    };
  }
}
