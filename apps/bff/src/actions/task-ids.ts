import type { TaskIdPath } from '@console/api-types';

/**
 * Reads the TaskId(s) at the catalog's path from a raw answer; numbers become strings. "0" is
 * no task: ModifyInstanceChargeType's documented answer (示例 6) carries TaskId "0" with an
 * order under audit, and following it with DescribeTask would never end.
 */
export function extractTaskIds(path: TaskIdPath | undefined, body: unknown): string[] {
  if (!path) return [];
  let cur: unknown = body;
  for (const part of path.split('.')) {
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
  }
  const list = Array.isArray(cur) ? cur : cur === undefined || cur === null || cur === '' ? [] : [cur];
  return list
    .filter((v) => typeof v === 'string' || typeof v === 'number')
    .map(String)
    .filter((id) => id !== '0');
}
