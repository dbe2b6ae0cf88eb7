import type { Page } from '@console/api-types/client';
import { PAGE_SIZES, type PageSize } from '../paging';
import type { ResourceTableProps } from '../ResourceTable';
import type { SortState } from './sort';

/** The part of a list's URL state the table drives. */
export interface TableListState {
  sort?: SortState;
  page: number;
  size: PageSize;
}

/**
 * What a list paged in the browser hands its table: the page on screen (already sorted and cut,
 * see sortAndPageLocally), the page sizes, the order (a new order or size goes back to page 1),
 * and the list's id for the choices remembered in this browser.
 */
export function listTableProps<S extends TableListState, T>(
  tableId: string,
  state: S,
  setState: (s: S, replace?: boolean) => void,
  page: Page<T>,
): Pick<ResourceTableProps<T>, 'tableId' | 'paging' | 'sort' | 'onSortChange'> {
  return {
    tableId,
    sort: state.sort,
    onSortChange: (sort) => setState({ ...state, sort, page: 1 }),
    paging: {
      page: page.pageNumber,
      pageCount: page.pageCount,
      totalCount: page.totalCount,
      pageSize: state.size,
      pageSizes: PAGE_SIZES,
      onPageChange: (p) => setState({ ...state, page: p }),
      onPageSizeChange: (size) => setState({ ...state, size: size as PageSize, page: 1 }),
    },
  };
}
