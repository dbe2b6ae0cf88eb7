import { block, intToIp, ipToInt, isIpv4 } from '../../util/ipv4';
import { cdsDateTime } from '../../util/time';

/**
 * A VDC and its networks, with the addresses in use. A public segment is a small block
 * (e.g. /28): its first address is the segment's Address, the next its Gateway, the last the
 * broadcast; the rest are usable. A private network is one block (a /24 unless asked otherwise)
 * answered as "10.240.59.0/24~10.240.59.255/24"; every address but the first and last is usable.
 *
 * Status of a VDC or network: "ok", or while a task works on it "creating", "updating" or
 * "deleting" (network-ops.ts). Addresses are handed out only on a network that is not being
 * created or deleted.
 */

export type NetworkStatus = 'ok' | 'creating' | 'updating' | 'deleting';
export type BillingMethod = 'Bandwidth' | 'Traffic' | 'DataPackage' | 'Bandwidth_95';

/** Settled enough to hand out and take back addresses. */
const servesAddresses = (status: NetworkStatus) => status === 'ok' || status === 'updating';

export class PublicSegment {
  readonly network: number;
  readonly broadcast: number;
  /** Being deleted (DeletePublicIp): its addresses are no longer handed out. */
  retiring = false;

  constructor(
    readonly segmentId: string,
    address: string,
    readonly mask: number,
  ) {
    const b = block(address, mask);
    this.network = b.network;
    this.broadcast = b.broadcast;
  }

  get address() {
    return intToIp(this.network);
  }

  get gateway() {
    return intToIp(this.network + 1);
  }

  usable(): string[] {
    const out: string[] = [];
    for (let n = this.network + 2; n < this.broadcast; n++) out.push(intToIp(n));
    return out;
  }

  /** Inside the block at all (usable or not). */
  covers(ip: string) {
    const n = ipToInt(ip);
    return n >= this.network && n <= this.broadcast;
  }

  isUsable(ip: string) {
    const n = ipToInt(ip);
    return n >= this.network + 2 && n < this.broadcast;
  }

  toWire() {
    return { SegmentId: this.segmentId, Address: this.address, Mask: this.mask, Gateway: this.gateway };
  }
}

/** Addresses in use on one network, shared by public and private networks. */
abstract class AddressPool {
  readonly used = new Set<string>();
  status: NetworkStatus = 'ok';

  abstract usable(): string[];
  abstract isUsable(ip: string): boolean;

  unusedCount() {
    return this.usable().filter((ip) => !this.used.has(ip)).length;
  }

  /** The first free usable address not in `taken`, or undefined (none while being created or deleted). */
  firstFree(taken: ReadonlySet<string> = new Set()) {
    if (!servesAddresses(this.status)) return undefined;
    return this.usable().find((ip) => !this.used.has(ip) && !taken.has(ip));
  }

  take(ip: string) {
    this.used.add(ip);
  }

  release(ip: string) {
    this.used.delete(ip);
  }
}

/** How a public network is billed, beside its type and Qos (CreatePublicNetwork's fields). */
export interface PublicBilling {
  billingMethod: BillingMethod;
  /** 1 renews automatically (the document's default), 0 does not; meaningful for DataPackage and Bandwidth_95. */
  autoRenew: 0 | 1;
  /** The cap of a Bandwidth_95 network, Mbps (120 % of Qos when not given). */
  floatBandwidth?: number;
  createdAt: number;
}

const DEFAULT_BILLING: PublicBilling = { billingMethod: 'Bandwidth', autoRenew: 1, createdAt: 0 };

export class PublicNetwork extends AddressPool {
  billing: PublicBilling;

  constructor(
    readonly publicId: string,
    public name: string,
    public type: string,
    public qos: number,
    readonly segments: PublicSegment[],
    billing: Partial<PublicBilling> = {},
  ) {
    super();
    this.billing = { ...DEFAULT_BILLING, ...billing };
  }

  usable() {
    return this.segments.filter((s) => !s.retiring).flatMap((s) => s.usable());
  }

  isUsable(ip: string) {
    return servesAddresses(this.status) && isIpv4(ip) && this.segments.some((s) => !s.retiring && s.isUsable(ip));
  }

  segment(segmentId: string) {
    return this.segments.find((s) => s.segmentId === segmentId);
  }

  /** Addresses of one segment that instances use. */
  usedIn(segment: PublicSegment) {
    return [...this.used].filter((ip) => segment.covers(ip));
  }

  covers(ip: string) {
    return isIpv4(ip) && this.segments.some((s) => s.covers(ip));
  }

  /** The documented keys, plus BillingMethod, AutoRenew, FloatBandwidth and CreateTime (the console shows them). */
  toWire() {
    const { billingMethod, autoRenew, floatBandwidth, createdAt } = this.billing;
    return {
      PublicId: this.publicId,
      Name: this.name,
      Status: this.status,
      Type: this.type,
      Qos: this.qos,
      BillingMethod: billingMethod,
      AutoRenew: autoRenew,
      ...(floatBandwidth !== undefined ? { FloatBandwidth: floatBandwidth } : {}),
      CreateTime: cdsDateTime(createdAt),
      UnuseIpNum: this.unusedCount(),
      // The spelling cds-gic-sdk-go reads (its json tag; Go matches other keys case-insensitively).
      unuse_ip_num: this.unusedCount(),
      Segments: this.segments.map((s) => s.toWire()),
    };
  }
}

export class PrivateNetwork extends AddressPool {
  readonly base: number;
  readonly broadcast: number;

  constructor(
    readonly privateId: string,
    public name: string,
    /** Any address of the block, e.g. "10.240.59.0". */
    address: string,
    readonly mask = 24,
    readonly createdAt = 0,
  ) {
    super();
    const b = block(address, mask);
    this.base = b.network;
    this.broadcast = b.broadcast;
  }

  get segment() {
    return `${intToIp(this.base)}/${this.mask}~${intToIp(this.broadcast)}/${this.mask}`;
  }

  get cidr() {
    return `${intToIp(this.base)}/${this.mask}`;
  }

  /** Whether two blocks share an address. */
  overlaps(network: number, broadcast: number) {
    return network <= this.broadcast && broadcast >= this.base;
  }

  /** Every usable address; a /16 or larger is never listed whole (see firstFree and unusedCount). */
  usable() {
    const out: string[] = [];
    for (let n = this.base + 1; n < this.broadcast && out.length < 1024; n++) out.push(intToIp(n));
    return out;
  }

  override unusedCount() {
    return this.broadcast - this.base - 1 - this.used.size;
  }

  override firstFree(taken: ReadonlySet<string> = new Set()) {
    if (!servesAddresses(this.status)) return undefined;
    for (let n = this.base + 1; n < this.broadcast; n++) {
      const ip = intToIp(n);
      if (!this.used.has(ip) && !taken.has(ip)) return ip;
    }
    return undefined;
  }

  isUsable(ip: string) {
    if (!servesAddresses(this.status) || !isIpv4(ip)) return false;
    const n = ipToInt(ip);
    return n > this.base && n < this.broadcast;
  }

  /** The documented keys, plus CreateTime. */
  toWire() {
    return {
      PrivateId: this.privateId,
      Name: this.name,
      Status: this.status,
      UnuseIpNum: this.unusedCount(),
      unuse_ip_num: this.unusedCount(),
      Segments: [this.segment],
      CreateTime: cdsDateTime(this.createdAt),
    };
  }
}

export class Vdc {
  status: NetworkStatus = 'ok';

  constructor(
    readonly vdcId: string,
    public name: string,
    readonly regionId: string,
    readonly createdAt: number,
    readonly publicNetworks: PublicNetwork[] = [],
    readonly privateNetworks: PrivateNetwork[] = [],
  ) {}

  privateNetwork(id: string) {
    return this.privateNetworks.find((p) => p.privateId === id);
  }

  publicNetwork(id: string) {
    return this.publicNetworks.find((p) => p.publicId === id);
  }

  publicNetworkOf(ip: string) {
    return this.publicNetworks.find((p) => p.covers(ip));
  }

  /** The DescribeVdc item: PublicNetwork as a list, as the service answers (not one object as documented); CreateTime added. */
  toWire() {
    return {
      VdcId: this.vdcId,
      VdcName: this.name,
      RegionId: this.regionId,
      VdcStatus: this.status,
      CreateTime: cdsDateTime(this.createdAt),
      PublicNetwork: this.publicNetworks.map((p) => p.toWire()),
      PrivateNetwork: this.privateNetworks.map((p) => p.toWire()),
    };
  }
}
