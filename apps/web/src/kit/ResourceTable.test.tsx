import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderUi } from '../test-utils';
import { ResourceTable, type Column } from './ResourceTable';

interface Row {
  id: string;
  name: string;
}
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
});
