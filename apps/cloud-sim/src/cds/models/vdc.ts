import { block, intToIp, ipToInt, isIpv4 } from '../../util/ipv4';

/**
 * A VDC and its networks, with the addresses in use. A public segment is a small block
 * (e.g. /28): its first address is the segment's Address, the next its Gateway, the last the
 * broadcast; the rest are usable. A private network is one /24 answered as
 * "10.240.59.0/24~10.240.59.255/24"; .1 to .254 are usable.
 */

export class PublicSegment {
  readonly network: number;
  readonly broadcast: number;

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

  abstract usable(): string[];
  abstract isUsable(ip: string): boolean;

  unusedCount() {
    return this.usable().filter((ip) => !this.used.has(ip)).length;
  }

  /** The first free usable address not in `taken`, or undefined. */
  firstFree(taken: ReadonlySet<string> = new Set()) {
    return this.usable().find((ip) => !this.used.has(ip) && !taken.has(ip));
  }

  take(ip: string) {
    this.used.add(ip);
  }

  release(ip: string) {
    this.used.delete(ip);
  }
}

export class PublicNetwork extends AddressPool {
  status = 'ok';

  constructor(
    readonly publicId: string,
    public name: string,
    public type: string,
    public qos: number,
    readonly segments: PublicSegment[],
  ) {
    super();
  }

  usable() {
    return this.segments.flatMap((s) => s.usable());
  }

  isUsable(ip: string) {
    return isIpv4(ip) && this.segments.some((s) => s.isUsable(ip));
  }

  covers(ip: string) {
    return isIpv4(ip) && this.segments.some((s) => s.covers(ip));
  }

  toWire() {
    return {
      PublicId: this.publicId,
      Name: this.name,
      Status: this.status,
      Type: this.type,
      Qos: this.qos,
      UnuseIpNum: this.unusedCount(),
      Segments: this.segments.map((s) => s.toWire()),
    };
  }
}

export class PrivateNetwork extends AddressPool {
  status = 'ok';
  private readonly base: number;

  constructor(
    readonly privateId: string,
    public name: string,
    /** Any address of the /24, e.g. "10.240.59.0". */
    address: string,
  ) {
    super();
    this.base = block(address, 24).network;
  }

  get segment() {
    return `${intToIp(this.base)}/24~${intToIp(this.base + 255)}/24`;
  }

  usable() {
    const out: string[] = [];
    for (let n = this.base + 1; n < this.base + 255; n++) out.push(intToIp(n));
    return out;
  }

  isUsable(ip: string) {
    if (!isIpv4(ip)) return false;
    const n = ipToInt(ip);
    return n > this.base && n < this.base + 255;
  }

  toWire() {
    return {
      PrivateId: this.privateId,
      Name: this.name,
      Status: this.status,
      UnuseIpNum: this.unusedCount(),
      Segments: [this.segment],
    };
  }
}

export class Vdc {
  status = 'ok';

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

  publicNetworkOf(ip: string) {
    return this.publicNetworks.find((p) => p.covers(ip));
  }

  /** The DescribeVdc item: PublicNetwork as a list, as the service answers (not one object as documented). */
  toWire() {
    return {
      VdcId: this.vdcId,
      VdcName: this.name,
      RegionId: this.regionId,
      VdcStatus: this.status,
      PublicNetwork: this.publicNetworks.map((p) => p.toWire()),
      PrivateNetwork: this.privateNetworks.map((p) => p.toWire()),
    };
  }
}
