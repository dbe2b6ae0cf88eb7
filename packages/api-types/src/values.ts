// Plain values of the documents, without zod: shared by the catalog (server) and the browser.

/** Region ids of the core document's appendix 1 (附件一). */
export const CDS_REGIONS = [
  { id: 'CN_Beijing_A', zh: '北京1', en: 'Beijing 1' },
  { id: 'CN_Beijing_B', zh: '北京2', en: 'Beijing 2' },
  { id: 'CN_Beijing_C', zh: '北京3', en: 'Beijing 3' },
  { id: 'CN_Beijing_D', zh: '北京4（测试）', en: 'Beijing 4 (test)' },
  { id: 'CN_Beijing_E', zh: '北京5', en: 'Beijing 5' },
  { id: 'CN_Beijing_F', zh: '北京6（测试）', en: 'Beijing 6 (test)' },
  { id: 'US_Dallas_A', zh: '达拉斯1', en: 'Dallas 1' },
  { id: 'US_Dallas_B', zh: '达拉斯2', en: 'Dallas 2' },
  { id: 'US_Dallas_C', zh: '达拉斯3', en: 'Dallas 3' },
  { id: 'EUR_Germany_A', zh: '德国1', en: 'Germany 1' },
  { id: 'EUR_Germany_B', zh: '德国2', en: 'Germany 2' },
  { id: 'APAC_Tokyo_A', zh: '东京1', en: 'Tokyo 1' },
  { id: 'CN_Guangzhou_A', zh: '广州1', en: 'Guangzhou 1' },
  { id: 'EUR_Netherlands_A', zh: '荷兰1', en: 'Netherlands 1' },
  { id: 'US_LosAngeles_A', zh: '洛杉矶1', en: 'Los Angeles 1' },
  { id: 'US_NewYork_A', zh: '纽约1', en: 'New York 1' },
  { id: 'CN_Shanghai_A', zh: '上海1', en: 'Shanghai 1' },
  { id: 'CN_Shanghai_B', zh: '上海2（测试）', en: 'Shanghai 2 (test)' },
  { id: 'APAC_Seoul_A', zh: '首尔1', en: 'Seoul 1' },
  { id: 'CN_Taipei_A', zh: '台北1', en: 'Taipei 1' },
  { id: 'CN_Wuxi_A', zh: '无锡1', en: 'Wuxi 1' },
  { id: 'CN_Hongkong_A', zh: '香港1', en: 'Hong Kong 1' },
  { id: 'APAC_Singapore_A', zh: '新加坡1', en: 'Singapore 1' },
  { id: 'APAC_Singapore_B', zh: '新加坡2', en: 'Singapore 2' },
  { id: 'APAC_Mumbai_A', zh: '孟买1', en: 'Mumbai 1' },
] as const;

/** Instance types of appendix 2 (附件二). */
export const CDS_INSTANCE_TYPES = [
  'IO', 'High', 'Standard', 'General', 'Balance', 'Compact', 'Memory', 'Exclusive',
  'HighIO', 'Compute', 'G2_General', 'G2_Compute', 'G2_Memory',
] as const;

/** Values the core document allows for Cpu and Ram (GB). */
export const CDS_CPU_VALUES = [1, 2, 4, 8, 10, 16, 32] as const;
export const CDS_RAM_VALUES = [1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128] as const;

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
export const isIpv4 = (s: string) => IPV4.test(s);

/** "YYYY-MM-DD HH:mm:ss", the time format of the monitoring actions. */
export const DATETIME_RULE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** Bandwidth types of appendix 3 (附件三): hints for the UI; regions sell their own (DescribeAvailableResource). */
export const CDS_BANDWIDTH_TYPES = [
  'Bandwidth_CMCC',
  'Bandwidth_China_Unicom',
  'Southeast_Asia_Optimizes_Bandwidth',
  'Test_Ipv6',
  'Bandwidth_Japan_Locally',
  'Bandwidth_Korea_Locally',
  'Bandwidth_BGP',
  'Bandwidth_Korea_Optimized',
  'Bandwidth_Taiwai_Optimized',
  'Bandwidth_China_Telecom',
  'Bandwidth_Tow_Line_BGP',
  'Bandwidth_China_Optimized',
  'Customer_Specific_Bandwidth',
  'Bandwidth_VIP_Dedicated',
  'Globally_Optimized_BGP',
] as const;

/** Metrics of DescribeInstanceMonitor. */
export const CDS_MONITOR_METRICS = [
  'CPUUtilization',
  'RAMUtilization',
  'DiskWriteIOPS',
  'DiskReadIOPS',
  'DiskWriteBPS',
  'DiskReadBPS',
  'InterfaceInRate',
  'InterfaceOutRate',
] as const;
