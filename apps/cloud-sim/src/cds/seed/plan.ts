/**
 * The shape of the demo world, by hand; the seeded generator fills in ids, addresses, sizes,
 * images and dates. States are fixed here so every seed has stopped instances and one in error.
 */

export type Role = 'web' | 'api' | 'db' | 'cache' | 'compute' | 'small' | 'storage' | 'windows';

export interface InstancePlan {
  name: string;
  role: Role;
  status?: 'stop' | 'error';
  publicIp?: boolean;
  prePaid?: boolean;
  /** Index into the region's private images. */
  privateImage?: number;
  /** Also on the VDC's second private network. */
  twoNics?: boolean;
}

export interface VdcPlan {
  name: string;
  regionId: string;
  publicNetwork: { name: string; qos: number; masks: number[] };
  privateNetworks: string[];
  instances: InstancePlan[];
}

export interface RoleSpec {
  sizes: [cpu: number, ram: number][];
  /** Preferred instance types, first sold one wins (Standard and General are sold everywhere). */
  types: string[];
  /** Data disks: preferred types (first sold wins) and sizes to pick from. */
  disks: { types: string[]; sizes: number[] }[];
  /** Chance of one extra small data disk. */
  extraDisk: number;
}

export const ROLES: Record<Role, RoleSpec> = {
  web: { sizes: [[2, 4], [4, 8], [2, 2]], types: ['Standard', 'General'], disks: [], extraDisk: 0.4 },
  api: { sizes: [[4, 8], [8, 16], [4, 16]], types: ['General', 'G2_General', 'Standard'], disks: [], extraDisk: 0.5 },
  db: {
    sizes: [[8, 32], [16, 64], [16, 32]],
    types: ['Memory', 'G2_Memory', 'High', 'Exclusive'],
    disks: [{ types: ['ssd_disk'], sizes: [500, 1000, 800] }, { types: ['high_disk'], sizes: [1000, 2000] }],
    extraDisk: 0,
  },
  cache: { sizes: [[4, 16], [8, 32], [2, 8]], types: ['Memory', 'G2_Memory', 'General'], disks: [], extraDisk: 0.2 },
  compute: {
    sizes: [[8, 16], [16, 32], [32, 64]],
    types: ['Compute', 'G2_Compute', 'High', 'Exclusive'],
    disks: [{ types: ['ssd_disk'], sizes: [200, 300] }],
    extraDisk: 0,
  },
  small: { sizes: [[1, 1], [1, 2], [2, 2], [2, 4]], types: ['Compact', 'Standard', 'General'], disks: [], extraDisk: 0.3 },
  storage: {
    sizes: [[4, 8], [8, 16]],
    types: ['Balance', 'IO', 'Standard'],
    disks: [{ types: ['big_disk', 'high_disk'], sizes: [2000, 4000, 3000] }],
    extraDisk: 0,
  },
  windows: { sizes: [[2, 4], [4, 8], [8, 16]], types: ['General', 'Standard', 'Balance'], disks: [], extraDisk: 0.5 },
};

export const PUBLIC_PREFIX: Record<string, string> = {
  CN_Beijing_A: '101.251',
  CN_Shanghai_A: '114.112',
  CN_Guangzhou_A: '118.186',
  APAC_Singapore_A: '164.52',
  US_Dallas_A: '38.121',
};

export const PRIVATE_IMAGES: Record<string, { GicDisplayName: string; ImageType: string }[]> = {
  CN_Beijing_A: [
    { GicDisplayName: 'web-base-centos7.6', ImageType: 'centos' },
    { GicDisplayName: 'java8-tomcat-ubuntu16', ImageType: 'ubuntu' },
  ],
  CN_Guangzhou_A: [{ GicDisplayName: '办公-win2012-基础镜像', ImageType: 'windows' }],
};

export const LINUX_IMAGES = ['Centos_7.6_64', 'Centos_7.4_64', 'Centos_7.5_64', 'Ubuntu_16.04_64', 'Centos_7.6_64', 'Debian_8.1_64'];
export const WINDOWS_IMAGES = ['Windows_2012_R2_Standard_64_CN', 'Windows_2016_Datacenter_64_CN', 'Windows_2012_R2_Datacenter_64_EN'];

export const VDC_PLANS: VdcPlan[] = [
  {
    name: 'Beijing-Prod',
    regionId: 'CN_Beijing_A',
    publicNetwork: { name: '公网-BGP', qos: 100, masks: [28, 29] },
    privateNetworks: ['backend', 'db-net'],
    instances: [
      { name: 'web-01', role: 'web', publicIp: true, privateImage: 0 },
      { name: 'web-02', role: 'web', publicIp: true, privateImage: 0 },
      { name: 'web-03', role: 'web', publicIp: true, privateImage: 0 },
      { name: 'web-04', role: 'web', publicIp: true },
      { name: 'api-01', role: 'api', publicIp: true, privateImage: 1 },
      { name: 'api-02', role: 'api', publicIp: true, privateImage: 1 },
      { name: 'db-master', role: 'db', prePaid: true, twoNics: true },
      { name: 'db-slave', role: 'db', prePaid: true, twoNics: true },
      { name: 'redis-01', role: 'cache', twoNics: true },
      { name: 'nginx-lb', role: 'small', publicIp: true },
      { name: 'jenkins', role: 'api', status: 'stop' },
      { name: 'k8s-node-01', role: 'compute' },
      { name: 'k8s-node-02', role: 'compute' },
    ],
  },
  {
    name: 'Beijing-测试环境',
    regionId: 'CN_Beijing_A',
    publicNetwork: { name: '测试公网', qos: 20, masks: [28] },
    privateNetworks: ['test-lan'],
    instances: [
      { name: '测试机-01', role: 'small', publicIp: true },
      { name: '测试机-02', role: 'small', publicIp: true },
      { name: '测试机-03', role: 'small' },
      { name: 'dev-box', role: 'api', publicIp: true },
      { name: '压测-01', role: 'compute', status: 'stop' },
      { name: 'sonarqube', role: 'api' },
      { name: 'gitlab-runner', role: 'compute', status: 'error' },
    ],
  },
  {
    name: 'Shanghai-Prod',
    regionId: 'CN_Shanghai_A',
    publicNetwork: { name: 'sh-public', qos: 50, masks: [28] },
    privateNetworks: ['sh-lan'],
    instances: [
      { name: 'sh-web-01', role: 'web', publicIp: true },
      { name: 'sh-web-02', role: 'web', publicIp: true },
      { name: 'sh-web-03', role: 'web', publicIp: true },
      { name: 'sh-db-01', role: 'db', prePaid: true },
      { name: 'sh-cache-01', role: 'cache' },
      { name: 'bastion', role: 'small', publicIp: true },
      { name: 'elk-01', role: 'storage' },
      { name: '备份服务器', role: 'storage', status: 'stop' },
    ],
  },
  {
    name: 'Guangzhou-Office',
    regionId: 'CN_Guangzhou_A',
    publicNetwork: { name: '办公公网', qos: 10, masks: [29] },
    privateNetworks: ['office-lan', 'office-dmz'],
    instances: [
      { name: 'oa-server', role: 'windows', prePaid: true, privateImage: 0 },
      { name: 'file-server', role: 'storage' },
      { name: 'vpn-gw', role: 'small', publicIp: true, twoNics: true },
      { name: '财务系统', role: 'windows', prePaid: true, privateImage: 0 },
      { name: '打印服务', role: 'windows', status: 'stop' },
    ],
  },
  {
    name: 'Singapore-Edge',
    regionId: 'APAC_Singapore_A',
    publicNetwork: { name: 'sg-public', qos: 50, masks: [28] },
    privateNetworks: ['sg-lan'],
    instances: [
      { name: 'sg-web-01', role: 'web', publicIp: true },
      { name: 'sg-web-02', role: 'web', publicIp: true },
      { name: 'sg-proxy', role: 'small', publicIp: true },
      { name: 'sg-monitor', role: 'api' },
      { name: 'game-server-01', role: 'compute', publicIp: true },
    ],
  },
  {
    name: 'Dallas-Backup',
    regionId: 'US_Dallas_A',
    publicNetwork: { name: 'us-public', qos: 20, masks: [29] },
    privateNetworks: ['us-lan'],
    instances: [
      { name: 'us-backup-01', role: 'storage' },
      { name: 'us-backup-02', role: 'storage', status: 'stop' },
      { name: 'us-mirror', role: 'web', publicIp: true },
      { name: 'us-test', role: 'small', status: 'stop', publicIp: true },
    ],
  },
];
