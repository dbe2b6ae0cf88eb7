import { regionFrom } from '../../context/region';

/** The VDC list's state in the URL: region (shared picker), keyword, page. */
export interface VdcListState {
  region?: string;
  keyword?: string;
  page: number;
}

export function parseVdcState(params: URLSearchParams): VdcListState {
  const page = Number(params.get('page'));
  const keyword = params.get('q')?.trim();
  return {
    region: regionFrom(params),
    keyword: keyword ? keyword.slice(0, 64) : undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function serializeVdcState(s: VdcListState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.region) p.set('region', s.region);
  if (s.keyword) p.set('q', s.keyword);
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

/** DescribeVdc's input for a state: only the fields the entry accepts. */
export const vdcInput = (s: VdcListState) => ({
  ...(s.region ? { RegionId: s.region } : {}),
  ...(s.keyword ? { Keyword: s.keyword } : {}),
  PageNumber: s.page,
});
