// Generated from the catalog by scripts/gen-client.ts: do not edit (pnpm --filter @console/api-types gen).
import type { catalogModules } from '../../catalog/index';
import { ref } from '../ref';

type M = (typeof catalogModules)['cdsRedis'];

export const CreateDBInstance = /* @__PURE__ */ ref<M['CreateDBInstance']>({"provider":"cds","product":"redis","action":"CreateDBInstance","method":"POST","kind":"write","task":"TaskId","invalidates":["DescribeDBInstances"],"summary":{"en":"Create Redis instances","zh":"创建Redis云数据库实例"}});
export const DeleteDBInstance = /* @__PURE__ */ ref<M['DeleteDBInstance']>({"provider":"cds","product":"redis","action":"DeleteDBInstance","method":"POST","kind":"destructive","task":"TaskId","invalidates":["DescribeDBInstances"],"summary":{"en":"Delete a Redis instance","zh":"删除Redis实例"}});
export const DescribeAvailableDBConfig = /* @__PURE__ */ ref<M['DescribeAvailableDBConfig']>({"provider":"cds","product":"redis","action":"DescribeAvailableDBConfig","method":"GET","kind":"read","summary":{"en":"Redis versions, architectures and memory sizes a region sells","zh":"获取站点可购买的Redis产品类型及规格"}});
export const DescribeDBInstances = /* @__PURE__ */ ref<M['DescribeDBInstances']>({"provider":"cds","product":"redis","action":"DescribeDBInstances","method":"GET","kind":"read","summary":{"en":"List Redis instances, filtered by id, name or IP","zh":"获取Redis实例列表"}});
export const DescribeRegins = /* @__PURE__ */ ref<M['DescribeRegins']>({"provider":"cds","product":"redis","action":"DescribeRegins","method":"GET","kind":"read","summary":{"en":"Regions where Redis can be bought","zh":"获取云数据库Redis支持购买的站点区域"}});
