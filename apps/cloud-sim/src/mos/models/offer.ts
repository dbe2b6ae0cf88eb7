/**
 * What the simulated MOS region sells: templates (images) and instance types, with prices.
 * Ids are fixed so that tests and the demo world can name them; prices are invented round
 * numbers in CNY per hour (a month is billed as 720 hours, see pricing.ts).
 */
export interface MosTemplateDef {
  templateId: string;
  templateName: string;
  size: number;
  checksum: string;
  status: 'active';
  /** The initial login account GetPasswordData answers (the document's example: cirros). */
  account: string;
}

export interface MosInstanceTypeDef {
  instanceTypeId: string;
  instanceType: string;
  cpu: number;
  /** MB */
  memory: number;
  /** MB: the data volume an instance of this type gets besides its root disk. */
  volume: number;
  internalBandwidth: number;
  externalBandwidth: number;
  pricePerHour: number;
}

export const MOS_TEMPLATES: readonly MosTemplateDef[] = [
  { templateId: '019c6db6-55fa-443d-ac0c-182e3379d175', templateName: 'turnkey-core-12.0-squeeze-x86.qcow2', size: 187367424, checksum: '952a921243eecf2f457b82051e880558', status: 'active', account: 'root' },
  { templateId: 'd1620e45-c561-42e7-a2a4-53ae0a389bb9', templateName: 'cirros-0.3.1-x86_64.qcow2', size: 13147648, checksum: 'd972013792949d0d3ba628fbe8685bce', status: 'active', account: 'cirros' },
  { templateId: '6a1b7c02-8f4e-4d7a-9d3c-2b5e61f0c7a1', templateName: 'CentOS-7.9-x86_64.qcow2', size: 858783744, checksum: '5d6b1f0b8b7a4cbd0f1e6a2c5e2b7d11', status: 'active', account: 'root' },
  { templateId: 'b3f5e9d4-1c2a-4e8b-8f6d-7a9c0e1d2b3f', templateName: 'Ubuntu-22.04-server-amd64.qcow2', size: 641728512, checksum: '1b0e7f3c9a2d4e5f6a7b8c9d0e1f2a3b', status: 'active', account: 'ubuntu' },
  { templateId: 'e7c2a1f0-3b4d-4c5e-9f8a-6d7e8f9a0b1c', templateName: 'Debian-12-generic-amd64.qcow2', size: 402653184, checksum: '7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b', status: 'active', account: 'debian' },
  { templateId: 'f4d3c2b1-a0e9-4f8d-b7c6-5e4d3c2b1a09', templateName: 'WindowsServer-2019-Datacenter.qcow2', size: 10737418240, checksum: 'c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8', status: 'active', account: 'Administrator' },
];

export const MOS_INSTANCE_TYPES: readonly MosInstanceTypeDef[] = [
  { instanceTypeId: '8e845438-2f6d-4c87-9216-88da6692dc2b', instanceType: 'small_net_2', cpu: 1, memory: 1024, volume: 20480, internalBandwidth: 200, externalBandwidth: 2, pricePerHour: 0.1 },
  { instanceTypeId: '2b7c4e1a-9d3f-4a6b-8c5e-1f0a2d3c4b5e', instanceType: 'small_net', cpu: 1, memory: 2048, volume: 20480, internalBandwidth: 200, externalBandwidth: 5, pricePerHour: 0.15 },
  { instanceTypeId: '3c8d5f2b-0e4a-4b7c-9d6f-2a1b3e4d5c6f', instanceType: 'medium', cpu: 2, memory: 4096, volume: 40960, internalBandwidth: 500, externalBandwidth: 5, pricePerHour: 0.3 },
  { instanceTypeId: '4d9e6a3c-1f5b-4c8d-ae7a-3b2c4f5e6d7a', instanceType: 'medium_net', cpu: 2, memory: 4096, volume: 40960, internalBandwidth: 500, externalBandwidth: 20, pricePerHour: 0.45 },
  { instanceTypeId: '5eaf7b4d-2a6c-4d9e-bf8b-4c3d5a6f7e8b', instanceType: 'large', cpu: 4, memory: 8192, volume: 81920, internalBandwidth: 1000, externalBandwidth: 10, pricePerHour: 0.6 },
  { instanceTypeId: '6fb08c5e-3b7d-4eaf-8a9c-5d4e6b7a8f9c', instanceType: 'xlarge', cpu: 8, memory: 16384, volume: 163840, internalBandwidth: 1000, externalBandwidth: 20, pricePerHour: 1.2 },
  { instanceTypeId: '70c19d6f-4c8e-4fb0-9bad-6e5f7c8b9a0d', instanceType: 'xlarge_mem', cpu: 8, memory: 65536, volume: 163840, internalBandwidth: 2000, externalBandwidth: 20, pricePerHour: 2.4 },
];

/** A template by id or name (clients send either). */
export const findTemplate = (idOrName: string) =>
  MOS_TEMPLATES.find((t) => t.templateId === idOrName || t.templateName === idOrName);

/** An instance type by id or name ("创建的虚拟机类型ID或名称"). */
export const findInstanceType = (idOrName: string) =>
  MOS_INSTANCE_TYPES.find((t) => t.instanceTypeId === idOrName || t.instanceType === idOrName);
