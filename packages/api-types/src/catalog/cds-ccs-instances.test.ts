import { describe, expect, it } from 'vitest';
import { DescribeInstances } from './cds-ccs-instances';

const instance = (nics: unknown, disk: Record<string, unknown>) => ({
  InstanceId: 'i-1',
  InstanceStatus: 'running',
  Disks: { SystemDisk: { Size: 40, ...disk }, DataDisks: [{ DiskId: 'd-1', Size: 100, ...disk }] },
  PublicNetworkInterface: nics,
});
const nic = { InterfaceId: 'n-1', IP: '101.251.1.2', PublicId: 'p-1', Connected: 1 };
const read = (data: Record<string, unknown>) =>
  DescribeInstances.normalize(DescribeInstances.output.parse({ Code: 'Success', Data: data }));

describe('DescribeInstances reads the document\'s shape and the SDKs\' shape alike', () => {
  it('the document: PublicNetworkInterface an object, Type, IOPS, TotalCount', () => {
    const page = read({ Instances: [instance(nic, { Type: 'ssd_disk', IOPS: 600 })], TotalCount: 7 });
    expect(page.totalCount).toBe(7);
    expect(page.items[0]).toMatchObject({ publicIps: ['101.251.1.2'], dataDisks: [{ type: 'ssd_disk', iops: 600 }] });
  });

  it('the SDKs (cds-gic-sdk-go): PublicNetworkInterface a list, DiskType, Iops, Total', () => {
    const page = read({ Instances: [instance([nic], { DiskType: 'high_disk', Iops: 900 })], Total: 3 });
    expect(page.totalCount).toBe(3);
    expect(page.items[0]).toMatchObject({ publicIps: ['101.251.1.2'], dataDisks: [{ type: 'high_disk', iops: 900 }], systemDisk: { type: 'high_disk' } });
    expect(read({ Instances: [instance([], {})] }).items[0]!.publicIps).toEqual([]);
  });
});
