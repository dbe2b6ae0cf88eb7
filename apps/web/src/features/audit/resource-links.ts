import type { ResourceType } from '@console/api-types/resources';
import { memcachedListPath, mysqlPath, redisListPath } from '../databases/public';
import { imagesPath } from '../images/public';
import { instancePath } from '../instances/public';
import { mosInstancePath, mosKeyPairsPath } from '../mos/public';
import { securityGroupPath } from '../security-groups/public';
import { vdcPath } from '../vdc/public';

/** Where each kind of resource is shown: its own page, or its list when it has none. */
const PAGES: Record<ResourceType, ((id: string, account?: string) => string) | undefined> = {
  'cds-instance': instancePath,
  'cds-security-group': securityGroupPath,
  'cds-template': (_id, account) => imagesPath(account),
  'cds-vdc': vdcPath,
  'cds-private-network': undefined,
  'cds-public-network': undefined,
  'cds-public-ip': undefined,
  'cds-mysql': mysqlPath,
  'cds-redis': (_id, account) => redisListPath(account),
  'cds-memcached': (_id, account) => memcachedListPath(account),
  'mos-instance': mosInstancePath,
  'mos-key-pair': (_id, account) => mosKeyPairsPath(account),
};

export interface RowResource {
  type: string;
  ids: string[];
  name?: string;
  gone?: boolean;
}

/**
 * The link of a resource an audit row names, while it exists as far as the console knows (a later
 * delete through the console ends it): one id, a kind the console shows, not gone.
 */
export function resourceHref(r: RowResource | undefined, account: string | null | undefined): string | undefined {
  if (!r || r.gone || r.ids.length !== 1) return undefined;
  const page = PAGES[r.type as ResourceType];
  return page ? page(r.ids[0]!, account ?? undefined) : undefined;
}
