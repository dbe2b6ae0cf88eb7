import type { KeyObject } from 'node:crypto';
import type { MosInstanceTypeDef, MosTemplateDef } from './offer';
import { GRACE_MS } from './pricing';

/**
 * The words DescribeInstances answers: the document's running, ready (= stopped) and suspend,
 * and, while a change takes time, what is happening (creating, starting, stopping, rebooting,
 * rebuilding, resizing). A settled word is one an action can start from.
 */
export type MosStatus = 'running' | 'ready' | 'suspend' | 'creating' | 'starting' | 'stopping' | 'rebooting' | 'rebuilding' | 'resizing';
export const SETTLED: readonly MosStatus[] = ['running', 'ready', 'suspend'];

export interface MosKeyPair {
  keyId: string;
  keyName: string;
  keyFingerprint: string;
  publicKey: string;
  /** Present for RSA keys: the initial password is encrypted with it. */
  rsa?: KeyObject;
}

export interface MosVolume {
  volumeId: string;
  volumeName: string;
  /** MB */
  volumeSize: number;
  index: number;
}

export interface MosNic {
  networkId: string;
  networkName: string;
  ipAddress: string;
  macAddress: string;
  bandwidth: number;
  index: number;
}

export interface MosInstance {
  instanceId: string;
  instanceName: string;
  type: MosInstanceTypeDef;
  template: MosTemplateDef;
  status: MosStatus;
  /** A change under way: the status it ends in, and when. */
  pending?: { to: MosStatus; at: number };
  createdAt: number;
  keyPair?: { keyId: string; keyName: string; rsa?: KeyObject };
  /** The initial password (plain text) and when it was made (create, rebuild). */
  password: string;
  passwordAt: number;
  metadata: Map<string, string>;
  lease: { startedAt: number; expireAt: number };
  volumes: MosVolume[];
  nics: MosNic[];
}

/** When a lapsed instance is reclaimed (GetInstanceContractInfo's extendTo). */
export const extendTo = (i: MosInstance) => i.lease.expireAt + GRACE_MS;

export const totalVolumeMb = (i: MosInstance) => i.volumes.reduce((sum, v) => sum + v.volumeSize, 0);

/** The Instance element of DescribeInstances and CreateInstance (document, Instance包含的字段). */
export function instanceModel(i: MosInstance) {
  return {
    instanceId: i.instanceId,
    instanceName: i.instanceName,
    instanceType: i.type.instanceType,
    instanceTypeId: i.type.instanceTypeId,
    status: i.status,
    cpu: i.type.cpu,
    memory: i.type.memory,
    volume: totalVolumeMb(i),
    // "虚拟机的IP地址列表", typed string: the addresses joined with a comma.
    ipAddresses: i.nics.map((n) => n.ipAddress).join(','),
  };
}

/** Begins a change that takes `ms`: the instance shows `during`, then `to`. Zero ms lands at once. */
export function beginChange(i: MosInstance, during: MosStatus, to: MosStatus, now: number, ms: number) {
  if (ms <= 0) {
    i.status = to;
    i.pending = undefined;
    return;
  }
  i.status = during;
  i.pending = { to, at: now + ms };
}
