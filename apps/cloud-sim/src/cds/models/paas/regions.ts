/**
 * Sites where the PaaS databases are sold: DescribeRegions' example (cds-mysql-api.md §1), in its
 * order. DescribeRegins (Redis) answers the same list, except that its example gives 北京8 an
 * empty RegionId: that quirk is kept on the wire (the catalog leaves such a site out).
 */

export interface PaasSite {
  CityId: string;
  CityName: string;
  IsSaling: number;
  RegionId: string;
  RegionName: string;
  SiteName: string;
}

const BEIJING = 'ea3ca775-306c-11e7-9796-0050569b4d9c';
const site = (RegionId: string, CityId: string, CityName: string, RegionName: string, SiteName: string): PaasSite => ({
  CityId,
  CityName,
  IsSaling: 1,
  RegionId,
  RegionName,
  SiteName,
});

export const PAAS_SITES: readonly PaasSite[] = [
  site('US_LosAngeles_A', '3082f45e-306e-11e7-9796-0050569b4d9c', '洛杉矶', '北美地区', '洛杉矶1'),
  site('EUR_Germany_A', '7b98a5d1-306e-11e7-9796-0050569b4d9c', '法兰克福', '欧洲地区', '德国1'),
  site('APAC_Tokyo_A', '8737606f-306d-11e7-9796-0050569b4d9c', '东京', '亚太地区', '东京1'),
  site('CN_Hongkong_A', '27b57297-306d-11e7-9796-0050569b4d9c', '香港', '亚太地区', '香港1'),
  site('APAC_Singapore_A', 'a8937b00-306d-11e7-9796-0050569b4d9c', '新加坡', '亚太地区', '新加坡1'),
  site('EUR_Netherlands_A', '5c432e0e-306e-11e7-9796-0050569b4d9c', '阿姆斯特丹', '欧洲地区', '荷兰1'),
  site('US_NewYork_A', '154ed19e-306e-11e7-9796-0050569b4d9c', '纽约', '北美地区', '纽约1'),
  site('CN_Beijing_B', BEIJING, '北京', '中国大陆', '北京2'),
  site('CN_Beijing_E', BEIJING, '北京', '中国大陆', '北京5'),
  site('CN_Beijing_A', BEIJING, '北京', '中国大陆', '北京1'),
  site('US_Dallas_A', 'e48e2312-306d-11e7-9796-0050569b4d9c', '达拉斯', '北美地区', '达拉斯1'),
  site('CN_Taipei_A', '713d3745-306d-11e7-9796-0050569b4d9c', '台北', '亚太地区', '台北1'),
  site('CN_Wuxi_A', '123d0d01-306d-11e7-9796-0050569b4d9c', '无锡', '中国大陆', '无锡1'),
  site('APAC_Seoul_A', '87fcbbd6-be0a-11e7-9d6b-0242ac110004', '首尔', '亚太地区', '首尔1'),
  site('CN_Beijing_C', BEIJING, '北京', '中国大陆', '北京3'),
  site('CN_Guangzhou_A', 'c11a5abe-3f7e-11e7-86b1-0242ac11000e', '广州', '中国大陆', '广州1'),
  site('CN_Shanghai_A', 'b44355d0-65e7-11e7-8ea9-0050569b651c', '上海', '中国大陆', '上海1'),
  site('CN_Beijing_H', BEIJING, '北京', '中国大陆', '北京8'),
];

/** DescribeRegins' answer: the same sites, 北京8 without its RegionId as in the Redis example. */
export const REDIS_SITES: readonly PaasSite[] = PAAS_SITES.map((s) =>
  s.RegionId === 'CN_Beijing_H' ? { ...s, RegionId: '' } : s,
);

export const paasSite = (regionId: string) => PAAS_SITES.find((s) => s.RegionId === regionId);

/** The zone name the answers show, e.g. "中国大陆-北京-可用区A" (DescribeDBInstances' DisplayName). */
export function zoneName(regionId: string): string {
  const s = paasSite(regionId);
  if (!s) return regionId;
  const zone = regionId.slice(-1);
  return `${s.RegionName}-${s.CityName}-可用区${zone}`;
}
