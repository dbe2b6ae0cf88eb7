// Generated from the catalog by scripts/gen-client.ts: do not edit (pnpm --filter @console/api-types gen).
import type { catalogModules } from '../../catalog/index';
import { ref } from '../ref';

type M = (typeof catalogModules)['cdsNetwork'];

export const DescribeVdc = /* @__PURE__ */ ref<M['DescribeVdc']>({"provider":"cds","product":"network","action":"DescribeVdc","method":"GET","kind":"read","summary":{"en":"List virtual data centers with their public and private networks","zh":"查询虚拟数据中心详细信息"}});
