import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderUi } from '../test-utils';
import { ResourceTable, type Column } from './ResourceTable';

interface Row {
  id: string;
  name: string;
}
afterEach(cleanup);

const columns: Column<Row>[] = [{ key: 'name', header: 'Name', render: (r) => r.name }];
const base = {
  label: 'Things',
  columns,
  rowKey: (r: Row) => r.id,
  rowName: (r: Row) => r.name,
  empty: { title: 'Nothing here', description: 'Create one' },
};

describe('ResourceTable', () => {
  it('shows skeleton rows while loading for the first time', () => {
    renderUi(<ResourceTable<Row> {...base} rows={undefined} loading />);
    expect(screen.getAllByTestId('skeleton-row')).toHaveLength(5);
  });

  it('says what to do when empty', () => {
    renderUi(<ResourceTable<Row> {...base} rows={[]} />);
    expect(screen.getByText('Nothing here')).toBeTruthy();
    expect(screen.getByText('Create one')).toBeTruthy();
  });

  it('shows an error with its code and a retry', () => {
    const onRetry = vi.fn();
    renderUi(
      <ResourceTable<Row>
        {...base}
        rows={undefined}
        error={{ code: 'UpstreamTimeout', message: 'slow', requestId: 'r-1', httpStatus: 504 }}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByTestId('error-code').textContent).toBe('UpstreamTimeout');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('selects rows one by one and all at once', () => {
    const onChange = vi.fn();
    const rows = [
      { id: 'a', name: 'alpha' },
      { id: 'b', name: 'beta' },
    ];
    renderUi(<ResourceTable<Row> {...base} rows={rows} selection={{ selected: ['a'], onChange }} rowAttributes={(r) => ({ 'data-testid': 'row', 'data-name': r.name })} />);
    expect(screen.getAllByTestId('row').map((r) => r.getAttribute('data-name'))).toEqual(['alpha', 'beta']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select beta' }));
    expect(onChange).toHaveBeenLastCalledWith(['a', 'b']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all rows on this page' }));
    expect(onChange).toHaveBeenLastCalledWith(['a', 'b']);
  });

  it('keeps the same row and box (and the focus in it) when the row is selected', () => {
    const rows = [{ id: 'a', name: 'alpha' }];
    const rowAttributes = () => ({ 'data-testid': 'row' });
    const view = renderUi(<ResourceTable<Row> {...base} rows={rows} selection={{ selected: [], onChange: () => undefined }} rowAttributes={rowAttributes} />);
    const row = screen.getByTestId('row');
    const box = screen.getByRole('checkbox', { name: 'Select alpha' });
    box.focus();
    view.rerender(<ResourceTable<Row> {...base} rows={rows} selection={{ selected: ['a'], onChange: () => undefined }} rowAttributes={rowAttributes} />);
    expect(screen.getByTestId('row')).toBe(row);
    expect(row.style.background).toBe('var(--mantine-primary-color-light)');
    expect(document.activeElement).toBe(box);
  });
});

describe('ResourceTable: sorting, columns, page size, selection, degraded, keyboard', () => {
  const cols: Column<Row>[] = [
    { key: 'name', header: 'Name', sortable: true, render: (r) => r.name },
    { key: 'kind', header: 'Kind', sortable: true, render: () => 'k' },
    { key: 'created', header: 'Created', render: () => 'c' },
  ];
  const rows = [
    { id: 'a', name: 'alpha' },
    { id: 'b', name: 'beta' },
  ];
  beforeEach(() => localStorage.clear());

  it('sorts from a header button and says the order with aria-sort', () => {
    const onSortChange = vi.fn();
    renderUi(<ResourceTable<Row> {...base} columns={cols} rows={rows} sort={{ key: 'name', dir: 'asc' }} onSortChange={onSortChange} />);
    const name = screen.getByRole('columnheader', { name: /Name/ });
    expect(name.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: /Kind/ }).getAttribute('aria-sort')).toBeNull();
    expect(screen.queryByTestId('sort-created')).toBeNull();
    fireEvent.click(screen.getByTestId('sort-name'));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'name', dir: 'desc' });
    fireEvent.click(screen.getByTestId('sort-kind'));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'kind', dir: 'asc' });
  });

  it('hides a chosen column and remembers it for the list, never the name', async () => {
    const first = renderUi(<ResourceTable<Row> {...base} columns={cols} rows={rows} tableId="things" />);
    fireEvent.click(screen.getByTestId('column-chooser'));
    // jsdom cannot place the popover (floating-ui), so it stays display:none there: query hidden too.
    const nameBox = await screen.findByRole('checkbox', { name: 'Name', hidden: true });
    expect((nameBox as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Created', hidden: true }));
    expect(screen.queryByRole('columnheader', { name: 'Created' })).toBeNull();
    first.unmount();
    renderUi(<ResourceTable<Row> {...base} columns={cols} rows={rows} tableId="things" />);
    expect(screen.queryByRole('columnheader', { name: 'Created' })).toBeNull();
    expect(screen.getByRole('columnheader', { name: /Name/ })).toBeTruthy();
    renderUi(<ResourceTable<Row> {...base} label="Others" columns={cols} rows={rows} tableId="others" />);
    expect(screen.getByRole('table', { name: 'Others' }).querySelector('[data-column="created"]')).toBeTruthy();
  });

  it('remembers the page size chosen before the list changes it', async () => {
    const onPageSizeChange = vi.fn(() => expect(JSON.parse(localStorage.getItem('console.table.things') ?? '{}').pageSize).toBe(50));
    renderUi(
      <ResourceTable<Row>
        {...base}
        rows={rows}
        tableId="things"
        paging={{ page: 1, pageCount: 1, pageSize: 10, pageSizes: [10, 20, 50, 100], onPageChange: vi.fn(), onPageSizeChange }}
      />,
    );
    fireEvent.click(screen.getByTestId('page-size'));
    fireEvent.click(await screen.findByRole('option', { name: '50 / page' }));
    expect(onPageSizeChange).toHaveBeenCalledWith(50);
  });

  it('counts the selection of every page and clears it', () => {
    const onChange = vi.fn();
    renderUi(<ResourceTable<Row> {...base} rows={rows} selection={{ selected: ['a', 'x-on-page-2', 'y-on-page-3'], onChange }} />);
    expect(screen.getByTestId('selection-count').textContent).toBe('3 selected');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select beta' }));
    expect(onChange).toHaveBeenLastCalledWith(['a', 'x-on-page-2', 'y-on-page-3', 'b']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all rows on this page' }));
    expect(onChange).toHaveBeenLastCalledWith(['a', 'x-on-page-2', 'y-on-page-3', 'b']);
    fireEvent.click(screen.getByTestId('selection-clear'));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('keeps earlier rows under a degraded banner when a refresh fails', () => {
    const onRetry = vi.fn();
    const error = { code: 'UpstreamUnavailable', message: 'down', requestId: 'r-2', httpStatus: 502 };
    renderUi(<ResourceTable<Row> {...base} rows={rows} error={error} onRetry={onRetry} updatedAt={Date.UTC(2026, 0, 2, 3, 4, 5)} />);
    expect(screen.getByText('alpha')).toBeTruthy();
    expect(screen.queryByTestId('error-notice')).toBeNull();
    const banner = screen.getByTestId('degraded-banner');
    expect(banner.textContent).toContain('showing data from');
    expect(banner.textContent).toContain('UpstreamUnavailable');
    fireEvent.click(screen.getByTestId('degraded-retry'));
    expect(onRetry).toHaveBeenCalled();
  });

  it('focuses the search box on / but not while typing elsewhere', () => {
    renderUi(
      <>
        <input aria-label="elsewhere" />
        <ResourceTable<Row> {...base} rows={rows} toolbar={<input aria-label="Search" type="text" />} />
      </>,
    );
    const search = screen.getByRole('textbox', { name: 'Search' });
    const elsewhere = screen.getByRole('textbox', { name: 'elsewhere' });
    elsewhere.focus();
    fireEvent.keyDown(elsewhere, { key: '/' });
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.blur();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(search);
  });

  it('on a phone keeps name and status as columns and folds the rest into the row details', () => {
    const matchMedia = window.matchMedia;
    window.matchMedia = ((query: string) => ({ ...matchMedia(query), matches: query.includes('max-width') })) as typeof window.matchMedia;
    try {
      const withStatus: Column<Row>[] = [...cols, { key: 'status', header: 'Status', visibleFrom: 'sm', render: () => 'ok' }];
      renderUi(<ResourceTable<Row> {...base} columns={withStatus} rows={rows} />);
      expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['', 'Name', 'Status']);
      fireEvent.click(screen.getByRole('button', { name: 'Show details of alpha' }));
      expect(screen.getByTestId('row-details').textContent).toContain('Created');
    } finally {
      window.matchMedia = matchMedia;
    }
  });
});
