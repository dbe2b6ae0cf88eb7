import { cdsDateTime } from '../../../util/time';
import type { Backup } from './backups';
import { LINK, type Goods } from './offers';
import { zoneName } from './regions';

/**
 * A MySQL or Redis instance of the PaaS platform, as DescribeDBInstances answers it. Status words
 * are upper case with a Chinese StatusStr (the README's "RUNNING, CREATING, ... with a Chinese
 * StatusStr"); a task holds the instance in a transitional state until it ends.
 */

export type DbStatus = 'CREATING' | 'RUNNING' | 'UPDATING' | 'DELETING' | 'ERROR';

export const DB_STATUS_TEXT: Record<DbStatus, string> = {
  CREATING: '创建中',
  RUNNING: '运行中',
  UPDATING: '变更中',
  DELETING: '删除中',
  ERROR: '创建失败',
};

/** Connection ports as the examples answer them: MySQL 6033, Redis 9736. */
export const DB_PORTS = { mysql: 6033, redis: 9736 } as const;

export interface DbAccount {
  name: string;
  type: 'Super' | 'Normal';
  description: string;
}

export interface DbInstanceInit {
  id: string;
  name: string;
  status: DbStatus;
  goods: Goods;
  regionId: string;
  vdcId: string;
  networkId: string;
  ip: string;
  /** MySQL only: disk type and size in GB. */
  diskType?: string;
  diskGb?: number;
  createdAt: number;
  /** Set on a MySQL read-only instance: the primary it follows. */
  masterId?: string;
  resourceId: string;
  /** What the create cost, refunded when it fails. */
  charged: number;
}

// The instance's plain fields are exactly what it is created with (declaration merging: no second list).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface DbInstance extends DbInstanceInit {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class DbInstance {
  readonly accounts: DbAccount[] = [];
  /** Newest first. */
  readonly backups: Backup[] = [];

  constructor(init: DbInstanceInit) {
    Object.assign(this, init);
  }

  get product() {
    return this.goods.product;
  }

  get port() {
    return DB_PORTS[this.product];
  }

  /** The performance answers' ProductType, e.g. mysql-replication (mysql-readonly for a replica). */
  get productType() {
    return this.masterId ? 'mysql-readonly' : this.goods.architecture.productType;
  }

  /** The item of a primary's RoGroups. */
  roGroupWire(master: DbInstance, inpaasId: string) {
    return {
      Cpu: this.goods.spec.cpu,
      CreateTime: cdsDateTime(this.createdAt),
      InpaasId: inpaasId,
      Ip: this.ip,
      Locked: '',
      Message: DB_STATUS_TEXT[this.status],
      Port: this.port,
      Progress: this.status === 'CREATING' ? 50 : 100,
      Ram: this.goods.spec.ramGb * 1024,
      ServiceId: this.id,
      ResourceId: master.resourceId,
      ServiceName: this.name,
      Status: this.status,
      SvcType: 'mysql-readonly',
    };
  }

  /**
   * The DescribeDBInstances item. MySQL answers MasterInfo (the table's Master_Info): "" for a
   * primary, a dict naming the primary for a read-only instance. Redis answers no Cpu or Disks.
   */
  toWire(vdcName: string, master: DbInstance | undefined, replicas: DbInstance[], inpaasId: (id: string) => string) {
    const common = {
      CloneServices: this.product === 'mysql' ? [] : null,
      CreatedTime: cdsDateTime(this.createdAt),
      DisplayName: zoneName(this.regionId),
      IP: this.ip,
      InstanceName: this.name,
      InstanceUuid: this.id,
      LinkType: LINK.type,
      LinkTypeStr: LINK.name,
      MasterInfo: master ? { InstanceUuid: master.id, InstanceName: master.name, IP: master.ip, Port: master.port } : '',
      Port: this.port,
      Ram: this.goods.spec.ramGb * 1024,
      RegionId: this.regionId,
      RelationService: null,
      Status: this.status,
      StatusStr: DB_STATUS_TEXT[this.status],
      SubProductName: this.goods.architecture.subProductName,
      VdcId: this.vdcId,
      VdcName: vdcName,
      Version: this.goods.version.fullVersion,
    };
    if (this.product === 'redis') return { ...common, AppName: vdcName };
    return {
      ...common,
      Cpu: this.goods.spec.cpu,
      Disks: this.diskGb,
      ResourceId: this.resourceId,
      RoGroups: replicas.map((r) => r.roGroupWire(this, inpaasId(r.id))),
    };
  }
}
