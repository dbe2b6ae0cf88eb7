/** Meituan MOS compute (MCS). Sizes are MB as the API answers them. */

export interface MosPage<T> {
  items: T[];
  total?: number;
  limit?: number;
  offset?: number;
}

export interface MosTemplate {
  id: string;
  name: string;
  sizeBytes?: number;
  checksum?: string;
  status: string;
}

export interface MosInstanceType {
  id: string;
  name: string;
  cpu: number;
  memoryMb: number;
  volumeMb: number;
  internalBandwidthMbps?: number;
  externalBandwidthMbps?: number;
}

export interface MosBalance {
  balance: number;
  /** Absent when the account never had a transaction. */
  updatedAt?: string;
}

export interface MosKeyPair {
  id: string;
  name: string;
  fingerprint: string;
}

/** running, ready (= stopped) or suspend. */
export type MosInstanceStatus = 'running' | 'ready' | 'suspend' | (string & {});

export interface MosInstance {
  id: string;
  name: string;
  status: MosInstanceStatus;
  instanceType?: string;
  instanceTypeId?: string;
  cpu?: number;
  memoryMb?: number;
  volumeMb?: number;
  ipAddresses: string[];
}

export interface MosVolume {
  id: string;
  name: string;
  instanceId: string;
  instanceName?: string;
  sizeMb: number;
  cacheMode?: string;
  driver?: string;
  index?: number;
}

export interface MosNetworkInterface {
  instanceId: string;
  instanceName?: string;
  networkId: string;
  networkName: string;
  ipAddress: string;
  macAddress: string;
  bandwidthMbps?: number;
  driver?: string;
  index?: number;
}

export interface MosPasswordData {
  account: string;
  passwordData: string;
  createdAt?: string;
  keyPairId?: string;
  keyPairName?: string;
}

export interface MosContract {
  startedAt?: string;
  expireAt?: string;
  extendTo?: string;
}

/** `return` of MOS writes: true when the cloud said True. */
export interface MosAck {
  ok: boolean;
}
