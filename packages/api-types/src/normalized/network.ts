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
  qos: number;
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
}

export interface Vdc {
  id: string;
  name: string;
  regionId: string;
  status: string;
  publicNetworks: PublicNetwork[];
  privateNetworks: PrivateNetwork[];
}
