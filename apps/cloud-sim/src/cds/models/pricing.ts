/**
 * What a create costs. The document publishes no prices; these are round numbers in CNY of
 * the right order so a demo balance lasts a while and can still run out. PostPaid freezes one
 * day up front; PrePaid pays the months bought (PrepaidMonth 0 = to the end of this month).
 */

/** CNY per GB-hour of a data disk, by type; the bills (billing/) charge with the same prices. */
export const DISK_GB_HOUR: Record<string, number> = { ssd_disk: 0.0012, high_disk: 0.0006, big_disk: 0.0003 };
export const DEFAULT_DISK_GB_HOUR = 0.001;
export const CPU_HOUR = 0.08;
export const RAM_GB_HOUR = 0.04;
export const PUBLIC_IP_HOUR = 0.05;

export interface PricedSpec {
  cpu: number;
  ram: number;
  dataDisks: { size: number; type: string }[];
  publicIp: boolean;
  chargeType: 'PostPaid' | 'PrePaid';
  prepaidMonth: number;
}

const cents = (n: number) => Math.round(n * 100) / 100;

export function hourlyPrice(s: PricedSpec) {
  const disks = s.dataDisks.reduce((sum, d) => sum + d.size * (DISK_GB_HOUR[d.type] ?? DEFAULT_DISK_GB_HOUR), 0);
  return s.cpu * CPU_HOUR + s.ram * RAM_GB_HOUR + disks + (s.publicIp ? PUBLIC_IP_HOUR : 0);
}

/** One month of a PrePaid resource: 720 hours at 15% off. */
export const monthlyPrice = (hourly: number) => hourly * 720 * 0.85;

/** Charged for one instance when it is created. */
export function createCharge(s: PricedSpec) {
  const hourly = hourlyPrice(s);
  if (s.chargeType === 'PostPaid') return cents(hourly * 24);
  return cents(monthlyPrice(hourly) * (s.prepaidMonth + 1));
}
