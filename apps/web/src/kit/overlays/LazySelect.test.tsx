import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../test-utils';
import { LazyMultiSelect, LazySelect, labelOf } from './LazySelect';

const data = [
  { group: 'CDS', items: [{ value: 'a1', label: 'Account one' }] },
  { group: 'MOS', items: [{ value: 'm1', label: 'Mos one' }] },
];

describe('labelOf', () => {
  it('finds a label in plain, item and grouped data', () => {
    expect(labelOf(['x', 'y'], 'y')).toBe('y');
    expect(labelOf(data, 'm1')).toBe('Mos one');
    expect(labelOf(data, 'zz')).toBeUndefined();
    expect(labelOf(data, null)).toBeUndefined();
  });
});

describe('LazySelect', () => {
  it('stands in with the value, name and test id, and opens the real list on click', async () => {
    const onChange = vi.fn();
    renderUi(<LazySelect aria-label="Account" data-testid="picker" data={data} value="a1" onChange={onChange} />);
    const standIn = screen.getByTestId('picker') as HTMLInputElement;
    expect(standIn.value).toBe('Account one');
    expect(standIn.getAttribute('aria-label')).toBe('Account');
    expect(screen.queryByRole('option')).toBeNull();
    fireEvent.click(standIn);
    fireEvent.click(await screen.findByRole('option', { name: 'Mos one' }));
    expect(onChange).toHaveBeenCalledWith('m1', expect.anything());
  });

  it('hands the focus to the real one when focused from the keyboard', async () => {
    renderUi(<LazySelect aria-label="Language" data-testid="lang" data={['en', 'zh']} value="en" />);
    const standIn = screen.getByTestId('lang');
    standIn.focus();
    // The real Select's input (a new element, which says whether its list is open) has the focus.
    await vi.waitFor(() => expect(screen.getByTestId('lang')).not.toBe(standIn));
    expect(document.activeElement).toBe(screen.getByTestId('lang'));
    expect(screen.getByTestId('lang').getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('option')).toBeNull();
  });
});

describe('LazyMultiSelect', () => {
  it('shows the picked values as pills, clears them, and opens the real list on click', async () => {
    const onChange = vi.fn();
    renderUi(
      <LazyMultiSelect
        label="Status"
        data-testid="status"
        data={[{ value: 'run', label: 'Running' }, { value: 'stop', label: 'Stopped' }]}
        value={['run']}
        onChange={onChange}
        clearable
        clearButtonProps={{ 'aria-label': 'Clear' }}
      />,
    );
    expect(screen.getByText('Running')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    fireEvent.click(screen.getByText('Running'));
    fireEvent.click(await screen.findByRole('option', { name: 'Stopped' }));
    expect(onChange).toHaveBeenLastCalledWith(['run', 'stop']);
  });
});
