/** Shapes the console works with, whatever variant the upstream answered in. */

export type InstanceStatus =
  | 'running'
  | 'stop'
  | 'stopping'
  | 'starting'
  | 'updating'
  | 'creating'
  | 'deleting'
  | 'error'
  | (string & {});

/** States in which the instance is changing by itself: lists poll fast while any row is in one. */
export const TRANSITIONAL_INSTANCE_STATES: readonly string[] = [
  'stopping',
  'starting',
  'updating',
  'creating',
  'deleting',
];

export interface NetworkInterface {
  id: string;
  name: string;
  ip: string;
  mac: string;
  connected: boolean;
  /** PublicId or PrivateId: the VDC network the interface is on. */
  networkId: string;
}

export interface Disk {
  id?: string;
  size: number;
  type?: string;
  iops?: number;
}

export interface Instance {
  id: string;
  name: string;
  status: InstanceStatus;
  chargeType: string;
  chargeStatus?: string;
  vdcId: string;
  vdcName: string;
  regionId: string;
  cpu?: number;
  ram?: number;
  instanceType?: string;
  imageId?: string;
  createdAt?: string;
  systemDisk?: Disk;
  dataDisks: Disk[];
  publicInterfaces: NetworkInterface[];
  privateInterfaces: NetworkInterface[];
  publicIps: string[];
  privateIps: string[];
}

export interface Page<T> {
  items: T[];
  pageNumber: number;
  /** Total number of pages, as the API reports it. */
  pageCount: number;
  /** Total number of items, when the upstream says it. */
  totalCount?: number;
}

export type TaskStatus = 'NEW' | 'DOING' | 'FINISH' | 'ERROR';

export interface Task {
  taskId: string;
  status: TaskStatus;
  resourceIds: string[];
  taskType?: string;
  message?: string;
}

export interface ImageChoice {
  id: string;
  name: string;
  osType: string;
  visibility: 'public' | 'private';
}

export interface DiskGood {
  type: string;
  minSize: number;
  maxSize: number;
  step: number;
}

export interface InstanceGood {
  instanceType: string;
  images: ImageChoice[];
  disks: DiskGood[];
}

export interface WanGood {
  type: string;
  billing: { key: string; maxQos: number }[];
}

export interface AvailableResource {
  regionId: string;
  regionName: string;
  instanceGoods: InstanceGood[];
  wanGoods: WanGood[];
}
