import { CDS_REGIONS } from '@console/api-types';

/**
 * What each region sells (DescribeAvailableResource). Instance types are appendix 2's,
 * bandwidth types appendix 3's, public templates appendix 4's. The document lists no
 * per-region catalogue, so the demo regions sell plausible subsets and every other region of
 * appendix 1 sells a small default set.
 */

export interface DiskGood {
  Type: 'ssd_disk' | 'high_disk' | 'big_disk';
  MinSize: number;
  MaxSize: number;
  Step: number;
}

export interface WanGood {
  Type: string;
  BillingMethod: { Key: 'Bandwidth' | 'Traffic' | 'DataPackage' | 'Bandwidth_95'; MaxQos: number }[];
}

export interface PublicTemplate {
  ImageId: string;
  GicDisplayName: string;
  ImageType: string;
}

export interface RegionGoods {
  regionId: string;
  regionName: string;
  instanceTypes: readonly string[];
  disks: readonly DiskGood[];
  wan: readonly WanGood[];
}

/** high_disk and big_disk limits are the document's example; ssd_disk follows the console's 10 GB minimum. */
const SSD: DiskGood = { Type: 'ssd_disk', MinSize: 10, MaxSize: 2000, Step: 10 };
const HIGH: DiskGood = { Type: 'high_disk', MinSize: 100, MaxSize: 4000, Step: 100 };
const BIG: DiskGood = { Type: 'big_disk', MinSize: 50, MaxSize: 4000, Step: 50 };

const bandwidth = (max = 500) => ({ Key: 'Bandwidth' as const, MaxQos: max });
const traffic = { Key: 'Traffic' as const, MaxQos: 500 };
const dataPackage = { Key: 'DataPackage' as const, MaxQos: 51200 };
/** 95th-percentile billing (CreatePublicNetwork's Bandwidth_95); MaxQos bounds the floor and the cap. */
const bandwidth95 = { Key: 'Bandwidth_95' as const, MaxQos: 500 };
const wan = (Type: string, ...BillingMethod: WanGood['BillingMethod']): WanGood => ({ Type, BillingMethod });

const SOLD: Record<string, Omit<RegionGoods, 'regionId' | 'regionName'>> = {
  CN_Beijing_A: {
    instanceTypes: ['Standard', 'General', 'High', 'Memory', 'Compute', 'HighIO', 'IO', 'G2_General', 'G2_Compute', 'G2_Memory'],
    disks: [SSD, HIGH, BIG],
    wan: [
      wan('Bandwidth_BGP', traffic, bandwidth(), bandwidth95),
      wan('Bandwidth_Tow_Line_BGP', bandwidth(), dataPackage, traffic),
      wan('Bandwidth_China_Telecom', bandwidth(1000)),
      wan('Bandwidth_China_Unicom', bandwidth(1000)),
      wan('Bandwidth_CMCC', bandwidth(1000)),
    ],
  },
  CN_Shanghai_A: {
    instanceTypes: ['Standard', 'General', 'Memory', 'Compute', 'Balance'],
    disks: [SSD, HIGH, BIG],
    wan: [wan('Bandwidth_BGP', traffic, bandwidth()), wan('Bandwidth_China_Telecom', bandwidth(1000))],
  },
  CN_Guangzhou_A: {
    instanceTypes: ['Standard', 'General', 'Compact', 'Balance', 'IO'],
    disks: [SSD, HIGH, BIG],
    wan: [wan('Bandwidth_BGP', traffic, bandwidth()), wan('Bandwidth_Tow_Line_BGP', bandwidth(), dataPackage)],
  },
  APAC_Singapore_A: {
    instanceTypes: ['Standard', 'General', 'Balance', 'Memory'],
    disks: [SSD, HIGH],
    wan: [
      wan('Globally_Optimized_BGP', bandwidth(200)),
      wan('Bandwidth_China_Optimized', dataPackage, bandwidth(200)),
      wan('Southeast_Asia_Optimizes_Bandwidth', bandwidth(200)),
    ],
  },
  US_Dallas_A: {
    instanceTypes: ['Standard', 'General', 'Exclusive', 'High'],
    disks: [SSD, HIGH],
    wan: [wan('Globally_Optimized_BGP', bandwidth(200)), wan('Bandwidth_China_Optimized', dataPackage, bandwidth(200))],
  },
};

const DEFAULT_GOODS = {
  instanceTypes: ['Standard', 'General', 'Balance'],
  disks: [SSD, HIGH],
  wan: [wan('Bandwidth_BGP', traffic, bandwidth(200))],
};

const REGION_NAMES = new Map<string, string>(CDS_REGIONS.map((r) => [r.id, r.zh]));

export const isKnownRegion = (regionId: string) => REGION_NAMES.has(regionId);

/** The goods of a region of appendix 1, or undefined for any other id. */
export function goodsOf(regionId: string): RegionGoods | undefined {
  const regionName = REGION_NAMES.get(regionId);
  if (!regionName) return undefined;
  return { regionId, regionName, ...(SOLD[regionId] ?? DEFAULT_GOODS) };
}

const LINUX: [string, string, string][] = [
  ['Centos_7.6_64', 'CDS-OS-CentOS7.6-64bit-General-V2', 'centos'],
  ['Centos_7.5_64', 'CDS-OS-CentOS7.5-64bit-General', 'centos'],
  ['Centos_7.4_64', 'CDS-OS-CentOS7.4-64bit-General', 'centos'],
  ['Centos_7.3_64', 'CDS-OS-CentOS7.3-64bit-General', 'centos'],
  ['Centos_7.2_64', 'CDS-OS-CentOS7.2-64bit-General', 'centos'],
  ['Centos_7.1_64', 'CDS-OS-CentOS7.1-64bit-General', 'centos'],
  ['Centos_7.0_64', 'CDS-OS-CentOS7.0-64bit-General', 'centos'],
  ['Debian_8.1_64', 'CDS-OS-Debian8.1-64bit-General', 'debian'],
  ['Debian_8.1_32', 'CDS-OS-Debian8.1-32bit-General', 'debian'],
  ['Debian_7.8_64', 'CDS-OS-Debian7.8-64bit-General', 'debian'],
  ['Redhat_6.5_64', 'CDS-OS-RedHat6.5-64bit-General', 'redhat'],
  ['Redhat_5.10_64', 'CDS-OS-RedHat5.10-64bit-General', 'redhat'],
  ['Ubuntu_16.04_64', 'CDS-OS-Ubuntu16.04-64bit-General', 'ubuntu'],
  ['Ubuntu_14.04_64', 'CDS-OS-Ubuntu14.04-64bit-General', 'ubuntu'],
  ['Ubuntu_14.10_64', 'CDS-OS-Ubuntu14.10-64bit-General', 'ubuntu'],
];

const WINDOWS: [string, string][] = [
  ['Windows_2008_R2_Enterprise_64_CN', 'Windows 2008 R2 企业版 64位 中文版'],
  ['Windows_2008_Enterprise_32_EN', 'Windows 2008 企业版 32位 英文版'],
  ['Windows_2008_Enterprise_32_CN', 'Windows 2008 企业版 32位 中文版'],
  ['Windows_2008_Enterprise_64_EN', 'Windows 2008 企业版 64位 英文版'],
  ['Windows_2008_Enterprise_64_CN', 'Windows 2008 企业版 64位 中文版'],
  ['Windows_2012_R2_Standard_64_EN', 'Windows 2012 R2 标准版 64位 英文版'],
  ['Windows_2012_R2_Standard_64_CN', 'Windows 2012 R2 标准版 64位 中文版'],
  ['Windows_2012_R2_Datacenter_64_EN', 'Windows 2012 R2 数据中心版 64位 英文版'],
  ['Windows_2012_R2_Datacenter_64_CN', 'Windows 2012 R2 数据中心版 64位 中文版'],
  ['Windows_2012_Standard_64_EN', 'Windows 2012 标准版 64位 英文版'],
  ['Windows_2012_Standard_64_CN', 'Windows 2012 标准版 64位 中文版'],
  ['Windows_2012_Datacenter_64_EN', 'Windows 2012 数据中心版 64位 英文版'],
  ['Windows_2012_Datacenter_64_CN', 'Windows 2012 数据中心版 64位 中文版'],
  ['Windows_2016_Datacenter_64_EN', 'Windows 2016 数据中心版 64位 英文版'],
  ['Windows_2016_Datacenter_64_CN', 'Windows 2016 数据中心版 64位 中文版'],
];

/** Appendix 4's public templates, in the document's order. */
export const PUBLIC_TEMPLATES: readonly PublicTemplate[] = [
  ...LINUX.map(([ImageId, GicDisplayName, ImageType]) => ({ ImageId, GicDisplayName, ImageType })),
  ...WINDOWS.map(([ImageId, GicDisplayName]) => ({ ImageId, GicDisplayName, ImageType: 'windows' })),
];

export const DEFAULT_IMAGE_ID = 'Centos_7.4_64';

export const publicTemplate = (id: string) => PUBLIC_TEMPLATES.find((t) => t.ImageId === id);
