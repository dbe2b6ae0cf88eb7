import type { Instance } from '@console/api-types/client';

/** A plain running pay-as-you-go instance with no disks or interfaces; tests override what they test. */
export const anInstance = (over: Partial<Instance> = {}): Instance => ({
  id: 'id-' + (over.name ?? 'x'),
  name: 'x',
  status: 'running',
  chargeType: 'PostPaid',
  vdcId: 'vdc-1',
  vdcName: 'VDC 1',
  regionId: 'CN_Beijing_A',
  dataDisks: [],
  publicInterfaces: [],
  privateInterfaces: [],
  publicIps: [],
  privateIps: [],
  ...over,
});
