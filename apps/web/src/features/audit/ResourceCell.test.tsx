import { cleanup, fireEvent, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../test-utils';
import './messages';
import { ResourceCell } from './ResourceCell';

const cell = (props: Parameters<typeof ResourceCell>[0]) =>
  renderUi(
    <MemoryRouter>
      <ResourceCell {...props} />
    </MemoryRouter>,
  );

describe('ResourceCell', () => {
  afterEach(cleanup);

  it('links a resource that exists by its name, shows its id, and filters to it', () => {
    const onFilter = vi.fn();
    cell({ resource: { type: 'cds-instance', ids: ['ins-1'], name: 'web-1', gone: false }, account: 'acc', onFilter });
    expect(screen.getByRole('link', { name: 'web-1' }).getAttribute('href')).toBe('/instances/ins-1?account=acc');
    expect(screen.getByText('ins-1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show only web-1' }));
    expect(onFilter).toHaveBeenCalledWith('ins-1');
  });

  it('names a deleted resource without a link, and a create (no id yet) by its name', () => {
    const { unmount } = cell({ resource: { type: 'cds-instance', ids: ['ins-9'], name: 'old', gone: true }, account: 'acc', onFilter: () => {} });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByTitle('Deleted').textContent).toBe('old');
    unmount();
    const onFilter = vi.fn();
    cell({ resource: { type: 'cds-instance', ids: [], name: 'new-web' }, account: 'acc', onFilter });
    expect(screen.queryByRole('link')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show only new-web' }));
    expect(onFilter).toHaveBeenCalledWith('new-web');
  });

  it('counts several resources and lists their ids; shows a dash for none', () => {
    const { unmount } = cell({ resource: { type: 'cds-instance', ids: ['a', 'b', 'c'] }, account: 'acc', onFilter: () => {} });
    expect(screen.getByText('3 resources')).toBeTruthy();
    expect(screen.getByText('a, b, c')).toBeTruthy();
    unmount();
    cell({ resource: undefined, account: 'acc', onFilter: () => {} });
    expect(screen.getByText('—')).toBeTruthy();
  });
});
