import type { BillingMethod } from '../vdc';

/**
 * What public networks cost. The document publishes no prices; like pricing.ts these are round
 * CNY numbers. A fixed bandwidth (and a 95th-percentile floor) pays one day up front when it is
 * bought or raised, every address one day too; a data package is paid whole at once; traffic
 * is billed as used, so only the addresses are paid up front.
 */
export const BANDWIDTH_MBPS_DAY = 1.5;
export const BANDWIDTH_95_MBPS_DAY = 1.2;
export const DATA_PACKAGE_GB = 0.8;
export const PUBLIC_IP_DAY = 0.5;

const cents = (n: number) => Math.round(n * 100) / 100;

export function bandwidthCharge(method: BillingMethod, qos: number) {
  switch (method) {
    case 'Bandwidth':
      return cents(qos * BANDWIDTH_MBPS_DAY);
    case 'Bandwidth_95':
      return cents(qos * BANDWIDTH_95_MBPS_DAY);
    case 'DataPackage':
      return cents(qos * DATA_PACKAGE_GB);
    case 'Traffic':
      return 0;
  }
}

export const addressCharge = (count: number) => cents(count * PUBLIC_IP_DAY);
