import type { Account } from '../account';
import { publicTemplate } from '../goods';
import type { Instance } from '../instance';
import { CPU_HOUR, DEFAULT_DISK_GB_HOUR, DISK_GB_HOUR, RAM_GB_HOUR } from '../pricing';
import type { BillableResource, BillableSource } from './billable';

/**
 * Instances (ResourceType "vm": vCPU and memory; the system disk and the operating system are
 * free, "0E-8" as the document's CostDetail shows) and their data disks (ResourceType "disk",
 * charged like their instance). An instance in error never ran or failed its create: it
 * accrues nothing while in error.
 */

function imageName(account: Account, instance: Instance) {
  const backend = account.backends.get(instance.regionId);
  return publicTemplate(instance.imageId)?.GicDisplayName ?? backend?.privateImage(instance.imageId)?.GicDisplayName ?? instance.imageId;
}

function common(account: Account, instance: Instance) {
  return {
    regionId: instance.regionId,
    vdcId: instance.vdcId,
    vdcName: account.backends.get(instance.regionId)?.vdcName(instance.vdcId) ?? '',
    status: instance.status,
    chargeType: instance.chargeType,
    since: instance.createdAt,
  };
}

const running = (instance: Instance) => instance.status !== 'error';

export const instanceBillables: BillableSource = (account) =>
  account.instances().map((instance): BillableResource => {
    const on = running(instance) ? 1 : 0;
    return {
      ...common(account, instance),
      resourceId: instance.instanceId,
      resourceType: 'vm',
      name: instance.name,
      product: `云主机(${instance.instanceType})`,
      parts: [
        { name: '系统硬盘', amount: `${instance.systemDisk.size}GB`, hourly: 0 },
        { name: 'vCPU', amount: `${instance.cpu}C`, hourly: on * instance.cpu * CPU_HOUR },
        { name: '内存', amount: `${instance.ram}GB`, hourly: on * instance.ram * RAM_GB_HOUR },
        { name: '操作系统', amount: imageName(account, instance), hourly: 0 },
      ],
      ips: [instance.publicNic?.ip, ...instance.privateNics.map((n) => n.ip)].filter((ip): ip is string => Boolean(ip)),
    };
  });

export const diskBillables: BillableSource = (account) =>
  account.instances().flatMap((instance) =>
    instance.dataDisks.map(
      (disk, i): BillableResource => ({
        ...common(account, instance),
        resourceId: disk.diskId,
        resourceType: 'disk',
        name: `${instance.name}-disk${i + 1}`,
        product: `云盘(${disk.type})`,
        parts: [
          {
            name: '数据硬盘',
            amount: `${disk.size}GB`,
            hourly: (running(instance) ? 1 : 0) * disk.size * (DISK_GB_HOUR[disk.type] ?? DEFAULT_DISK_GB_HOUR),
          },
        ],
        ips: [],
      }),
    ),
  );
