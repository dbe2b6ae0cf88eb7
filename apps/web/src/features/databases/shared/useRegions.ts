import { cdsMysql, cdsRedis, type PaasRegion } from '@console/api-types/client';
import { useQuery } from '@tanstack/react-query';
import { actionQuery } from '../../../api/query';
import { useAccountId } from '../../../context/AccountContext';
import { regionName } from '../../../context/regions';
import { useI18n } from '../../../i18n/i18n';

/** The sites a product is sold in (DescribeRegions, or Redis's DescribeRegins), as select options. */
export function useRegionOptions(product: 'mysql' | 'redis') {
  const { lang } = useI18n();
  const account = useAccountId();
  const def = product === 'mysql' ? cdsMysql.DescribeRegions : cdsRedis.DescribeRegins;
  const query = useQuery({ ...actionQuery(def, {}, account), staleTime: 10 * 60_000 });
  const regions: PaasRegion[] = query.data ?? [];
  const options = regions
    .filter((r) => r.onSale)
    .map((r) => ({ value: r.regionId, label: lang === 'en' ? regionName(r.regionId, lang) : `${r.siteName}（${r.regionName}）` }));
  return { options, query };
}
