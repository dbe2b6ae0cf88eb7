// Generated from the catalog by scripts/gen-client.ts: do not edit (pnpm --filter @console/api-types gen).
import type { catalogModules } from '../../catalog/index';
import { ref } from '../ref';

type M = (typeof catalogModules)['cdsMemcached'];

export const ClearMemcachedInstance = /* @__PURE__ */ ref<M['ClearMemcachedInstance']>({"provider":"cds","product":"memcached","action":"ClearMemcachedInstance","method":"POST","kind":"destructive","task":"Data.TaskId","invalidates":["MemcachedInstanceList","DescribeMemcachedInstance"],"summary":{"en":"Clear all data of a Memcached instance","zh":"清空Memcached实例数据"}});
export const CreateMemcachedInstance = /* @__PURE__ */ ref<M['CreateMemcachedInstance']>({"provider":"cds","product":"memcached","action":"CreateMemcachedInstance","method":"POST","kind":"write","task":"Data.TaskIds","invalidates":["MemcachedInstanceList","DescribeMemcachedInstance"],"summary":{"en":"Create one or more pay-as-you-go Memcached instances","zh":"创建一台或多台按需计费的Memcached实例"}});
export const DeleteMemcachedInstance = /* @__PURE__ */ ref<M['DeleteMemcachedInstance']>({"provider":"cds","product":"memcached","action":"DeleteMemcachedInstance","method":"POST","kind":"destructive","task":"Data.TaskId","invalidates":["MemcachedInstanceList","DescribeMemcachedInstance"],"summary":{"en":"Delete a Memcached instance","zh":"删除Memcached实例"}});
export const DescribeMemcachedInstance = /* @__PURE__ */ ref<M['DescribeMemcachedInstance']>({"provider":"cds","product":"memcached","action":"DescribeMemcachedInstance","method":"POST","kind":"read","summary":{"en":"Details of a Memcached instance","zh":"获取Memcached实例详情"}});
export const MemcachedInstanceList = /* @__PURE__ */ ref<M['MemcachedInstanceList']>({"provider":"cds","product":"memcached","action":"MemcachedInstanceList","method":"POST","kind":"read","summary":{"en":"List Memcached instances, by VDC or keyword (IP, name or id)","zh":"获取Memcached实例列表"}});
export const UpdateMemcachedInstance = /* @__PURE__ */ ref<M['UpdateMemcachedInstance']>({"provider":"cds","product":"memcached","action":"UpdateMemcachedInstance","method":"POST","kind":"write","task":"Data.TaskId","invalidates":["MemcachedInstanceList","DescribeMemcachedInstance"],"summary":{"en":"Change the memory size of a Memcached instance","zh":"更新Memcached实例配置"}});
