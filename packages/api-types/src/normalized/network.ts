export interface PublicSegment {
  id: string;
  address: string;
  mask: number;
  gateway: string;
}

export interface PublicNetwork {
  id: string;
  name: string;
  status: string;
  /** Bandwidth in Mbps (for DataPackage: the package size in GB). */
  qos: number;
  /** Bandwidth type of appendix 3, when answered. */
  type?: string;
  /** Bandwidth, Traffic, DataPackage or Bandwidth_95, when answered. */
  billingMethod?: string;
  autoRenew?: boolean;
  /** Cap of a Bandwidth_95 network, Mbps. */
  floatBandwidth?: number;
  createdAt?: string;
  unusedIpCount: number;
  segments: PublicSegment[];
}

export interface PrivateNetwork {
  id: string;
  name: string;
  status: string;
  unusedIpCount: number;
  /** As answered, e.g. "10.240.59.0/16~10.240.59.255/16". */
  segments: string[];
  /** The block, e.g. "10.240.59.0/24", when it can be read. */
  cidr?: string;
  createdAt?: string;
}

export interface Vdc {
  id: string;
  name: string;
  regionId: string;
  status: string;
  createdAt?: string;
  publicNetworks: PublicNetwork[];
  privateNetworks: PrivateNetwork[];
}
