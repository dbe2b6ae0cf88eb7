import type { en } from './messages.en';

/** 中文：全部云主机（跨云清单）。 */
export const zh: { [K in keyof typeof en]: string } = {
  'inventory.title': '全部云主机',
  'inventory.subtitle': '所有云账号下的全部云主机汇总在一个列表中：按名称、ID 或 IP 地址查找。',
  'inventory.search': '搜索',
  'inventory.searchPlaceholder': '名称、ID 或 IP 地址',
  'inventory.col.name': '名称 / ID',
  'inventory.col.cloud': '云 / 账号',
  'inventory.col.region': '地域',
  'inventory.col.status': '状态',
  'inventory.col.spec': 'CPU / 内存',
  'inventory.col.addresses': '地址',
  'inventory.spec': '{cpu} 核 · {memory}',
  'inventory.accounts': '账号',
  'inventory.accountCount': '{count} 台',
  'inventory.accountLoading': '加载中…',
  'inventory.accountFailed': '无法列出：{code}',
  'inventory.retry': '重试',
  'inventory.empty.title': '所有账号下都没有云主机',
  'inventory.empty.text': '这里列出您可见的所有 CDS 和 MOS 账号下的云主机。',
  'inventory.empty.filteredTitle': '没有匹配项',
  'inventory.empty.filteredText': '没有名称、ID 或地址包含该内容。清除搜索以查看全部。',
  'inventory.empty.clear': '清除搜索',
  'inventory.noAccounts': '尚未设置云账号。',
  'inventory.partial': '部分账号无法列出；已显示其余账号。',
};
