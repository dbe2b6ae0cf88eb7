import type { ActionDef } from '../define';
import * as cdsBilling from './cds-billing';
import * as cdsCcsCommon from './cds-ccs-common';
import * as cdsCcsInstanceOps from './cds-ccs-instance-ops';
import * as cdsCcsInstances from './cds-ccs-instances';
import * as cdsCcsSecurityGroups from './cds-ccs-security-groups';
import * as cdsCcsTemplates from './cds-ccs-templates';
import * as cdsMemcached from './cds-memcached';
import * as cdsMysql from './cds-mysql';
import * as cdsNetwork from './cds-network';
import * as cdsNetworkOps from './cds-network-ops';
import * as cdsRedis from './cds-redis';
import * as mosMcs from './mos-mcs';
import * as mosMcsInstanceOps from './mos-mcs-instance-ops';

/**
 * Every module of entries, by the name the package exports it under; each exported ActionDef is a
 * catalog entry. The browser's metadata (src/client/actions) is generated from this record.
 */
export const catalogModules = {
  cdsCcs: cdsCcsInstances,
  cdsCcsCommon,
  cdsNetwork,
  cdsCcsInstanceOps,
  cdsCcsSecurityGroups,
  cdsCcsTemplates,
  cdsNetworkOps,
  cdsBilling,
  cdsMysql,
  cdsRedis,
  cdsMemcached,
  mosMcs,
  mosMcsInstanceOps,
} as const;
const modules: Record<string, unknown>[] = Object.values(catalogModules);

export const isAction = (v: unknown): v is ActionDef =>
  typeof v === 'object' && v !== null && 'action' in v && 'input' in v && 'normalize' in v;

export const catalog: readonly ActionDef[] = modules.flatMap((m) =>
  Object.values(m).filter(isAction),
);
