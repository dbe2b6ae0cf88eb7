// Generated from the catalog by scripts/gen-client.ts: do not edit (pnpm --filter @console/api-types gen).
import type { catalogModules } from '../../catalog/index';
import { ref } from '../ref';

type M = (typeof catalogModules)['cdsCcsInstanceOps'];

export const ConnectNetworkInterface = ref<M['ConnectNetworkInterface']>({"provider":"cds","product":"ccs","action":"ConnectNetworkInterface","method":"POST","kind":"write","task":"TaskId","invalidates":["DescribeInstances"],"summary":{"en":"Connect a network interface of an instance","zh":"连接网卡"}});
export const CreateDisk = ref<M['CreateDisk']>({"provider":"cds","product":"ccs","action":"CreateDisk","method":"POST","kind":"write","task":"TaskId","invalidates":["DescribeInstances"],"summary":{"en":"Add one or more data disks to an instance","zh":"云服务器增加一块或多块硬盘"}});
export const DeleteDisk = ref<M['DeleteDisk']>({"provider":"cds","product":"ccs","action":"DeleteDisk","method":"POST","kind":"destructive","task":"TaskId","invalidates":["DescribeInstances"],"summary":{"en":"Delete data disks of an instance","zh":"云服务器删除硬盘"}});
export const DescribeInstanceMonitor = ref<M['DescribeInstanceMonitor']>({"provider":"cds","product":"ccs","action":"DescribeInstanceMonitor","method":"POST","kind":"read","summary":{"en":"Monitoring data of an instance (CPU, memory, disk, network)","zh":"获取云服务器各项指标监控数据"}});
export const DisconnectNetworkInterface = ref<M['DisconnectNetworkInterface']>({"provider":"cds","product":"ccs","action":"DisconnectNetworkInterface","method":"POST","kind":"write","task":"TaskId","invalidates":["DescribeInstances"],"summary":{"en":"Disconnect a network interface of an instance","zh":"断开网卡"}});
export const ModifyInstanceChargeType = ref<M['ModifyInstanceChargeType']>({"provider":"cds","product":"ccs","action":"ModifyInstanceChargeType","method":"POST","kind":"write","task":"TaskId","invalidates":["DescribeInstances","DescribeBill"],"summary":{"en":"Change how an instance is charged (pay as you go or monthly)","zh":"云服务器变更计费方式"}});
export const ModifyInstanceSpec = ref<M['ModifyInstanceSpec']>({"provider":"cds","product":"ccs","action":"ModifyInstanceSpec","method":"POST","kind":"write","task":"TaskId","invalidates":["DescribeInstances"],"summary":{"en":"Change the CPU and memory of an instance","zh":"云服务器配置升级（CPU/内存）"}});
export const ModifyIpAddress = ref<M['ModifyIpAddress']>({"provider":"cds","product":"ccs","action":"ModifyIpAddress","method":"POST","kind":"write","task":"TaskId","invalidates":["DescribeInstances","DescribeVdc"],"summary":{"en":"Bind, change or unbind the IP address of a network interface","zh":"为网卡绑定、修改或解绑IP地址"}});
export const ResetImage = ref<M['ResetImage']>({"provider":"cds","product":"ccs","action":"ResetImage","method":"POST","kind":"destructive","task":"TaskId","invalidates":["DescribeInstances"],"summary":{"en":"Reinstall the operating system of an instance","zh":"云服务器重装系统"}});
export const ResizeDisk = ref<M['ResizeDisk']>({"provider":"cds","product":"ccs","action":"ResizeDisk","method":"POST","kind":"write","task":"TaskId","invalidates":["DescribeInstances"],"summary":{"en":"Grow a data disk","zh":"扩容一块已购买的硬盘"}});
