// Generated from the catalog by scripts/gen-client.ts: do not edit (pnpm --filter @console/api-types gen).
import type { catalogModules } from '../../catalog/index';
import { ref } from '../ref';

type M = (typeof catalogModules)['cdsCcsCommon'];

export const DescribeAvailableResource = /* @__PURE__ */ ref<M['DescribeAvailableResource']>({"provider":"cds","product":"ccs","action":"DescribeAvailableResource","method":"GET","kind":"read","summary":{"en":"What a region sells: instance types, images, disk types and bandwidth types","zh":"查询节点下可购买的云服务器类型、镜像、磁盘与带宽类型"}});
export const DescribeTask = /* @__PURE__ */ ref<M['DescribeTask']>({"provider":"cds","product":"ccs","action":"DescribeTask","method":"GET","kind":"read","summary":{"en":"Status of a task (NEW, DOING, FINISH, ERROR)","zh":"查询任务状态"}});
