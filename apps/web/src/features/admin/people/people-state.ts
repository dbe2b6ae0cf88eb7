import { PAGE_SIZES, type PageSize } from '../../../kit/paging';

/** The people list's state in the URL: ?q=&page=&size= (defaults left out). */
export interface PeopleState {
  q?: string;
  page: number;
  size: PageSize;
}

export const DEFAULT_PEOPLE_SIZE: PageSize = 20;

export function parsePeopleState(params: URLSearchParams): PeopleState {
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  const q = params.get('q')?.trim().slice(0, 64);
  return {
    q: q || undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : DEFAULT_PEOPLE_SIZE,
  };
}

export function serializePeopleState(s: PeopleState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.size !== DEFAULT_PEOPLE_SIZE) p.set('size', String(s.size));
  return p;
}
