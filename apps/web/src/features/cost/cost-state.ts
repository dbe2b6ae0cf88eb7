import { GROUPINGS, type Grouping, type SortColumn, type SortDirection } from './aggregate';
import { parseRange, rangeParams, type CostRangeState } from './range';

/** Everything the explorer shows lives in the URL: range, grouping, sort, all resources or the top ones. */
export interface CostState extends CostRangeState {
  group: Grouping;
  sort: SortColumn;
  dir: SortDirection;
  /** Every resource, not only the top ones (the "resource" grouping). */
  all: boolean;
}

const SORTS: readonly SortColumn[] = ['label', 'cost', 'count'];

export function parseCostState(params: URLSearchParams, today: string): CostState {
  const group = params.get('group');
  const sort = params.get('sort');
  return {
    ...parseRange(params, today),
    group: (GROUPINGS as readonly string[]).includes(group ?? '') ? (group as Grouping) : 'type',
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SortColumn) : 'cost',
    dir: params.get('dir') === 'asc' ? 'asc' : 'desc',
    all: params.get('all') === '1',
  };
}

export function serializeCostState(s: CostState): URLSearchParams {
  const p = new URLSearchParams(rangeParams(s.preset, s.range));
  if (s.group !== 'type') p.set('group', s.group);
  if (s.sort !== 'cost') p.set('sort', s.sort);
  if (s.dir !== 'desc') p.set('dir', s.dir);
  if (s.all) p.set('all', '1');
  return p;
}

/** How many resources the "top resources" view shows before "show all". */
export const TOP_RESOURCES = 15;
