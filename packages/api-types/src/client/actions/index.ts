// Generated from the catalog by scripts/gen-client.ts: do not edit (pnpm --filter @console/api-types gen).
export * as cdsCcs from './cdsCcs';
export * as cdsCcsCommon from './cdsCcsCommon';
export * as cdsNetwork from './cdsNetwork';
export * as cdsCcsInstanceOps from './cdsCcsInstanceOps';
export * as cdsCcsSecurityGroups from './cdsCcsSecurityGroups';
export * as cdsCcsTemplates from './cdsCcsTemplates';
export * as cdsNetworkOps from './cdsNetworkOps';
export * as cdsBilling from './cdsBilling';
export * as cdsMysql from './cdsMysql';
export * as cdsRedis from './cdsRedis';
export * as cdsMemcached from './cdsMemcached';
export * as mosMcs from './mosMcs';
export * as mosMcsInstanceOps from './mosMcsInstanceOps';
