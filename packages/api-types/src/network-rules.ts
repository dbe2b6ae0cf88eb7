// Rules of networks and security-group rules as the core document states them, without zod:
// the catalog's schemas, the simulator and the browser's forms all ask these same functions.
import { CDS_REGIONS, isIpv4 } from './values';

export const BILLING_METHODS = ['Bandwidth', 'Traffic', 'DataPackage', 'Bandwidth_95'] as const;
export type BillingMethodName = (typeof BILLING_METHODS)[number];

/** IPNum / Number of CreatePublicNetwork and AddPublicIp: one block of that many addresses. */
export const IP_NUMBERS = [4, 8, 16, 32, 64] as const;

/**
 * Appendix 1's test regions ("（测试）"): the console's decision is that they sell no new VDC
 * (CreateVdc answers Region.NotOnSale there).
 */
export const CDS_TEST_REGIONS: readonly string[] = CDS_REGIONS.filter((r) => r.zh.includes('测试')).map((r) => r.id);

/** Billing methods that renew and so have an auto-renew switch (RenewPublicNetwork). */
export const RENEWING_METHODS: readonly string[] = ['DataPackage', 'Bandwidth_95'];

/** The step in which a billing method's Qos changes (DataPackage: a size in GB, any whole number). */
export const QOS_STEP: Record<BillingMethodName, number> = { Bandwidth: 5, Bandwidth_95: 50, Traffic: 1, DataPackage: 1 };

/** Qos rule per billing method, as CreatePublicNetwork's table states it. */
export function qosProblem(method: string, qos: number): string | undefined {
  const whole = Number.isInteger(qos) && qos > 0;
  switch (method) {
    case 'Bandwidth':
      return whole && qos <= 500 && qos % 5 === 0 ? undefined : 'Qos for Bandwidth is 5–500 Mbps in steps of 5';
    case 'Bandwidth_95':
      return whole && qos <= 500 && qos % 50 === 0
        ? undefined
        : 'Qos for Bandwidth_95 (the floor bandwidth) is 50–500 Mbps in steps of 50';
    case 'DataPackage':
      return whole && qos <= 51200 ? undefined : 'Qos for DataPackage is the package size, 1–51200 GB';
    case 'Traffic':
      return whole && qos <= 500 ? undefined : 'Qos for Traffic is 1–500 Mbps';
    default:
      return undefined;
  }
}

// --- security-group rules --------------------------------------------------------------------

export const RULE_PROTOCOLS = ['TCP', 'UDP', 'ICMP'] as const;

/**
 * An IPv4 address or CIDR (a.b.c.d/0–32). Host bits may be set, as in the document's own example
 * 120.78.170.188/28 (the cloud matches the block).
 */
export function cidrProblem(value: string): string | undefined {
  const [ip = '', prefix, extra] = value.trim().split('/');
  if (extra !== undefined || !isIpv4(ip)) return 'must be an IPv4 address or CIDR such as 0.0.0.0/0 or 120.78.170.188/28';
  if (prefix !== undefined && !(/^\d{1,2}$/.test(prefix) && Number(prefix) <= 32)) return `has prefix /${prefix}: a prefix is 0–32`;
  return undefined;
}

const MAC = /^[0-9a-f]{2}([:-][0-9a-f]{2}){5}$/i;
export function macProblem(value: string): string | undefined {
  return MAC.test(value.trim()) ? undefined : 'must be a MAC address such as 00:50:56:ab:cd:ef';
}

/** A port 0–65535 (0 = all ports) or a range a-b with 1 ≤ a ≤ b ≤ 65535. */
export function portProblem(value: string): string | undefined {
  const s = value.trim();
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(s);
  if (!m) return 'must be a port 0–65535 (0 means all ports) or a range such as 8000-8080';
  const from = Number(m[1]);
  if (m[2] === undefined) return from <= 65535 ? undefined : 'must be a port 0–65535 (0 means all ports)';
  const to = Number(m[2]);
  if (from < 1 || to > 65535) return 'a range runs from 1 to 65535';
  if (from > to) return `range ${s} runs backwards: write ${to}-${from}`;
  return undefined;
}
