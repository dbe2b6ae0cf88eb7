import { BANDWIDTH_95_MBPS_DAY, BANDWIDTH_MBPS_DAY, DATA_PACKAGE_GB, PUBLIC_IP_DAY } from '../network/pricing';
import { monthlyPrice } from '../pricing';
import type { PublicNetwork } from '../vdc';
import type { BillableResource, BillableSource, PricePart } from './billable';

/**
 * Public networks at the network model's prices (network/pricing.ts): the bandwidth (ResourceType
 * "wan") and each IP segment (ResourceType "ip", every address of the block), as the document's
 * bill example lists a "wan" and its "ip" created at the same second. Bandwidth and its 95th
 * percentile floor accrue by the hour; a data package is bought by the month (Qos GB); traffic
 * is billed by use, which the bills do not meter, so only its addresses accrue.
 */

const HOURS_PER_DAY = 24;

function bandwidth(net: PublicNetwork): Pick<BillableResource, 'chargeType' | 'parts'> {
  const amount = `${net.qos}${net.billing.billingMethod === 'DataPackage' ? 'GB' : 'Mbps'}`;
  const part = (hourly: number): PricePart[] => [{ name: `带宽(${net.billing.billingMethod})`, amount, hourly }];
  switch (net.billing.billingMethod) {
    case 'Bandwidth':
      return { chargeType: 'PostPaid', parts: part((net.qos * BANDWIDTH_MBPS_DAY) / HOURS_PER_DAY) };
    case 'Bandwidth_95':
      return { chargeType: 'PostPaid', parts: part((net.qos * BANDWIDTH_95_MBPS_DAY) / HOURS_PER_DAY) };
    case 'DataPackage':
      // Priced so that a month costs the package: Qos GB at the package price.
      return { chargeType: 'PrePaid', parts: part((net.qos * DATA_PACKAGE_GB) / monthlyPrice(1)) };
    case 'Traffic':
      return { chargeType: 'PostPaid', parts: part(0) };
  }
}

export const publicNetworkBillables: BillableSource = (account) =>
  account.vdcs().flatMap((vdc) =>
    vdc.publicNetworks.flatMap((net): BillableResource[] => {
      const common = {
        regionId: vdc.regionId,
        vdcId: vdc.vdcId,
        vdcName: vdc.name,
        status: net.status,
        since: net.billing.createdAt || vdc.createdAt,
      };
      const wan: BillableResource = {
        ...common,
        ...bandwidth(net),
        resourceId: net.publicId,
        resourceType: 'wan',
        name: net.name,
        product: `公网带宽(${net.type})`,
        ips: [],
      };
      const segments = net.segments.map((s): BillableResource => {
        const count = 2 ** (32 - s.mask);
        return {
          ...common,
          chargeType: 'PostPaid',
          resourceId: s.segmentId,
          resourceType: 'ip',
          name: `${s.address}/${s.mask}`,
          product: `公网IP(${net.name})`,
          parts: [{ name: 'IP', amount: `${count}个`, hourly: (count * PUBLIC_IP_DAY) / HOURS_PER_DAY }],
          ips: [`${s.address}/${s.mask}`],
        };
      });
      return [wan, ...segments];
    }),
  );
