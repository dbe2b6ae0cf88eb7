// Generated from the catalog by scripts/gen-client.ts: do not edit (pnpm --filter @console/api-types gen).
import type { catalogModules } from '../../catalog/index';
import { ref } from '../ref';

type M = (typeof catalogModules)['cdsCcsTemplates'];

export const CreateTemplate = /* @__PURE__ */ ref<M['CreateTemplate']>({"provider":"cds","product":"ccs","action":"CreateTemplate","method":"POST","kind":"write","task":"TaskId","invalidates":["DescribeTemplateInfo","DescribeAvailableResource","DescribeInstances"],"summary":{"en":"Make a template (custom image) from an instance","zh":"定制模板"}});
export const DeleteTemplate = /* @__PURE__ */ ref<M['DeleteTemplate']>({"provider":"cds","product":"ccs","action":"DeleteTemplate","method":"POST","kind":"destructive","task":"TaskId","invalidates":["DescribeTemplateInfo","DescribeAvailableResource"],"summary":{"en":"Delete a template in one region","zh":"删除模板"}});
export const DescribeTemplateInfo = /* @__PURE__ */ ref<M['DescribeTemplateInfo']>({"provider":"cds","product":"ccs","action":"DescribeTemplateInfo","method":"POST","kind":"read","summary":{"en":"List your templates (custom images) and the regions they are in","zh":"查询模板信息"}});
export const SyncTemplate = /* @__PURE__ */ ref<M['SyncTemplate']>({"provider":"cds","product":"ccs","action":"SyncTemplate","method":"POST","kind":"write","task":"TaskId","invalidates":["DescribeTemplateInfo","DescribeAvailableResource"],"summary":{"en":"Copy a template to another region","zh":"同步模板到其他节点"}});
