import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderUi } from '../test-utils';
import { ConfirmDelete } from './ConfirmDelete';

describe('ConfirmDelete', () => {
  it('names every resource and confirms only once the word is typed', async () => {
    const onConfirm = vi.fn();
    renderUi(
      <ConfirmDelete
        opened
        title="Delete 2 instances?"
        names={['web-01', 'web-02']}
        confirmLabel="Delete"
        typeToConfirm="delete"
        onConfirm={onConfirm}
        onClose={() => {}}
      />,
    );
    // The dialog's chunk loads when it is first opened.
    expect(await screen.findByText('web-01')).toBeTruthy();
    expect(screen.getByText('web-02')).toBeTruthy();
    const button = screen.getByTestId('confirm-button') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('confirm-input'), { target: { value: 'delet' } });
    expect(button.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('confirm-input'), { target: { value: 'delete' } });
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('shows the failure with its code and request id', async () => {
    renderUi(
      <ConfirmDelete
        opened
        title="Delete?"
        names={['db-1']}
        confirmLabel="Delete"
        error={{ code: 'IncorrectInstanceStatus', message: 'busy', requestId: 'req-7', httpStatus: 400 }}
        onConfirm={() => {}}
        onClose={() => {}}
      />,
    );
    expect((await screen.findByTestId('error-code')).textContent).toBe('IncorrectInstanceStatus');
    expect(screen.getByTestId('error-request-id').textContent).toBe('req-7');
  });
});
