import type { Instance } from '@console/api-types/client';
import { translateOr, type Translate } from '../../i18n/i18n';

export interface DeviceOption {
  value: string;
  label: string;
}

/** The system disk: asked for without DiskId, which reads it whether or not the cloud gave it an id. */
export const SYSTEM_DISK = 'system';

/** The disks a disk metric can read: the system disk, then the data disks that have an id. */
export function diskOptions(instance: Instance, t: Translate): DeviceOption[] {
  const data = instance.dataDisks.flatMap((d, i) =>
    d.id ? [{ value: d.id, label: t('monitor.disk.data', { n: i + 1, size: d.size, type: d.type ? translateOr(t, `disk.${d.type}`, d.type) : '' }) }] : [],
  );
  return [{ value: SYSTEM_DISK, label: t('monitor.disk.system', { size: instance.systemDisk?.size ?? '?' }) }, ...data];
}

/** The interfaces a traffic metric can read: public first, then private. */
export function nicOptions(instance: Instance, t: Translate): DeviceOption[] {
  return [
    ...instance.publicInterfaces.map((n) => ({ value: n.id, label: t('monitor.nic.public', { ip: n.ip }) })),
    ...instance.privateInterfaces.map((n) => ({ value: n.id, label: t('monitor.nic.private', { ip: n.ip, name: n.name }) })),
  ].filter((o) => o.value);
}

/** The asked-for choice when the instance has it, else the first one (or '' when there is none). */
export const chooseDevice = (options: readonly DeviceOption[], wanted: string) =>
  options.find((o) => o.value === wanted)?.value ?? options[0]?.value ?? '';
