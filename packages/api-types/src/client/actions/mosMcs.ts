// Generated from the catalog by scripts/gen-client.ts: do not edit (pnpm --filter @console/api-types gen).
import type { catalogModules } from '../../catalog/index';
import { ref } from '../ref';

type M = (typeof catalogModules)['mosMcs'];

export const DeleteKeyPair = /* @__PURE__ */ ref<M['DeleteKeyPair']>({"provider":"mos","product":"mcs","action":"DeleteKeyPair","method":"POST","kind":"destructive","invalidates":["DescribeKeyPairs"],"summary":{"en":"Delete an SSH key pair","zh":"删除SSH密钥"}});
export const DescribeInstanceNetworkInterfaces = /* @__PURE__ */ ref<M['DescribeInstanceNetworkInterfaces']>({"provider":"mos","product":"mcs","action":"DescribeInstanceNetworkInterfaces","method":"POST","kind":"read","summary":{"en":"Network interfaces of an instance","zh":"列出虚拟机的网络接口"}});
export const DescribeInstances = /* @__PURE__ */ ref<M['DescribeInstances']>({"provider":"mos","product":"mcs","action":"DescribeInstances","method":"POST","kind":"read","summary":{"en":"List instances, all or by id, name, or name/status filters","zh":"列出虚拟机实例"}});
export const DescribeInstanceStatus = /* @__PURE__ */ ref<M['DescribeInstanceStatus']>({"provider":"mos","product":"mcs","action":"DescribeInstanceStatus","method":"POST","kind":"read","summary":{"en":"Status of one instance (running, ready, suspend)","zh":"获得虚拟机实例状态"}});
export const DescribeInstanceTypes = /* @__PURE__ */ ref<M['DescribeInstanceTypes']>({"provider":"mos","product":"mcs","action":"DescribeInstanceTypes","method":"POST","kind":"read","summary":{"en":"Instance types (CPU, memory, disk, bandwidth) you can buy","zh":"列出可用的虚拟机套餐类型"}});
export const DescribeInstanceVolumes = /* @__PURE__ */ ref<M['DescribeInstanceVolumes']>({"provider":"mos","product":"mcs","action":"DescribeInstanceVolumes","method":"POST","kind":"read","summary":{"en":"Disks of an instance","zh":"列出虚拟机的虚拟磁盘"}});
export const DescribeKeyPairs = /* @__PURE__ */ ref<M['DescribeKeyPairs']>({"provider":"mos","product":"mcs","action":"DescribeKeyPairs","method":"POST","kind":"read","summary":{"en":"List your SSH key pairs","zh":"列出SSH密钥"}});
export const DescribeTemplates = /* @__PURE__ */ ref<M['DescribeTemplates']>({"provider":"mos","product":"mcs","action":"DescribeTemplates","method":"POST","kind":"read","summary":{"en":"Images (templates) you can create instances from","zh":"列出可用的虚拟机模板"}});
export const GetBalance = /* @__PURE__ */ ref<M['GetBalance']>({"provider":"mos","product":"mcs","action":"GetBalance","method":"POST","kind":"read","summary":{"en":"Account balance","zh":"获得帐户余额"}});
export const GetInstanceContractInfo = /* @__PURE__ */ ref<M['GetInstanceContractInfo']>({"provider":"mos","product":"mcs","action":"GetInstanceContractInfo","method":"POST","kind":"read","summary":{"en":"Lease of an instance: start, expiry and grace end","zh":"获得虚拟机租约时间信息"}});
export const GetInstanceMetadata = /* @__PURE__ */ ref<M['GetInstanceMetadata']>({"provider":"mos","product":"mcs","action":"GetInstanceMetadata","method":"POST","kind":"read","summary":{"en":"Metadata (key-value pairs) of an instance","zh":"获取虚拟机实例元数据"}});
export const GetPasswordData = /* @__PURE__ */ ref<M['GetPasswordData']>({"provider":"mos","product":"mcs","action":"GetPasswordData","method":"POST","kind":"read","summary":{"en":"Initial account and password of an instance","zh":"获得虚拟机初始帐户和密码"}});
export const ImportKeyPair = /* @__PURE__ */ ref<M['ImportKeyPair']>({"provider":"mos","product":"mcs","action":"ImportKeyPair","method":"POST","kind":"write","invalidates":["DescribeKeyPairs"],"summary":{"en":"Import an SSH public key","zh":"导入SSH密钥"}});
