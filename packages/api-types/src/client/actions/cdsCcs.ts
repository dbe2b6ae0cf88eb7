// Generated from the catalog by scripts/gen-client.ts: do not edit (pnpm --filter @console/api-types gen).
import type { catalogModules } from '../../catalog/index';
import { ref } from '../ref';

type M = (typeof catalogModules)['cdsCcs'];

export const CreateInstance = /* @__PURE__ */ ref<M['CreateInstance']>({"provider":"cds","product":"ccs","action":"CreateInstance","method":"POST","kind":"write","task":"TaskId","invalidates":["DescribeInstances","DescribeVdc"],"summary":{"en":"Create one or more pay-as-you-go or monthly instances","zh":"创建一台或多台按量付费或包年包月云服务器"}});
export const DeleteInstance = /* @__PURE__ */ ref<M['DeleteInstance']>({"provider":"cds","product":"ccs","action":"DeleteInstance","method":"POST","kind":"destructive","task":"TaskId","invalidates":["DescribeInstances","DescribeVdc"],"summary":{"en":"Delete one or more instances","zh":"删除一台或多台云服务器"}});
export const DescribeInstances = /* @__PURE__ */ ref<M['DescribeInstances']>({"provider":"cds","product":"ccs","action":"DescribeInstances","method":"POST","kind":"read","summary":{"en":"List instances, by page, VDC, id or public IP","zh":"查询云服务器信息"}});
export const RebootInstance = /* @__PURE__ */ ref<M['RebootInstance']>({"provider":"cds","product":"ccs","action":"RebootInstance","method":"GET","kind":"write","task":"TaskId","invalidates":["DescribeInstances"],"summary":{"en":"Power an instance on (the document calls it reboot)","zh":"云服务器开机"}});
export const StopInstance = /* @__PURE__ */ ref<M['StopInstance']>({"provider":"cds","product":"ccs","action":"StopInstance","method":"GET","kind":"write","task":"TaskId","invalidates":["DescribeInstances"],"summary":{"en":"Power an instance off","zh":"云服务器关机"}});
