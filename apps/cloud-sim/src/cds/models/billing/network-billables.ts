import { PUBLIC_IP_HOUR } from '../pricing';
import type { BillableResource, BillableSource } from './billable';

/**
 * Public networks: the bandwidth (ResourceType "wan", Qos Mbps at the bandwidth type's price)
 * and each IP segment (ResourceType "ip", every address of the block at the public IP price),
 * as the document's bill example lists a "wan" and its "ip" created at the same second.
 * Pay-as-you-go: the model keeps no billing method yet; a network model that does (Traffic,
 * DataPackage, PrePaid) should report it here.
 */

/** CNY per Mbps-hour by bandwidth type (appendix 3); premium routes cost more. */
const MBPS_HOUR: Record<string, number> = {
  Bandwidth_BGP: 0.025,
  Bandwidth_Tow_Line_BGP: 0.03,
  Bandwidth_China_Telecom: 0.015,
  Bandwidth_China_Unicom: 0.015,
  Bandwidth_CMCC: 0.015,
  Globally_Optimized_BGP: 0.05,
  Bandwidth_China_Optimized: 0.08,
  Southeast_Asia_Optimizes_Bandwidth: 0.04,
};
const DEFAULT_MBPS_HOUR = 0.025;

export const publicNetworkBillables: BillableSource = (account) =>
  account.vdcs().flatMap((vdc) =>
    vdc.publicNetworks.flatMap((net): BillableResource[] => {
      const common = {
        regionId: vdc.regionId,
        vdcId: vdc.vdcId,
        vdcName: vdc.name,
        status: net.status,
        chargeType: 'PostPaid' as const,
        since: vdc.createdAt,
      };
      const wan: BillableResource = {
        ...common,
        resourceId: net.publicId,
        resourceType: 'wan',
        name: net.name,
        product: `公网带宽(${net.type})`,
        parts: [{ name: '带宽', amount: `${net.qos}Mbps`, hourly: net.qos * (MBPS_HOUR[net.type] ?? DEFAULT_MBPS_HOUR) }],
        ips: [],
      };
      const segments = net.segments.map(
        (s): BillableResource => {
          const count = 2 ** (32 - s.mask);
          return {
            ...common,
            resourceId: s.segmentId,
            resourceType: 'ip',
            name: `${s.address}/${s.mask}`,
            product: `公网IP(${net.name})`,
            parts: [{ name: 'IP', amount: `${count}个`, hourly: count * PUBLIC_IP_HOUR }],
            ips: [`${s.address}/${s.mask}`],
          };
        },
      );
      return [wan, ...segments];
    }),
  );
