// Generated from the catalog by scripts/gen-client.ts: do not edit (pnpm --filter @console/api-types gen).
import type { catalogModules } from '../../catalog/index';
import { ref } from '../ref';

type M = (typeof catalogModules)['cdsBilling'];

export const DescribeBill = /* @__PURE__ */ ref<M['DescribeBill']>({"provider":"cds","product":"billing","action":"DescribeBill","method":"GET","kind":"read","summary":{"en":"Bill of a date range, per resource","zh":"查询账单"}});
export const DescribeBillInfo = /* @__PURE__ */ ref<M['DescribeBillInfo']>({"provider":"cds","product":"billing","action":"DescribeBillInfo","method":"GET","kind":"read","summary":{"en":"Bill details of one resource over a date range","zh":"查询资源账单详情"}});
export const GetMetering = /* @__PURE__ */ ref<M['GetMetering']>({"provider":"cds","product":"billing","action":"GetMetering","method":"GET","kind":"read","summary":{"en":"Metering of your cold-storage pools up to a date","zh":"获取存储池计量信息"}});
