import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { lazy, Suspense, useState } from 'react';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderUi } from '../test-utils';
import { DebouncedInput } from './DebouncedInput';

function List({ onCommit }: { onCommit: (v: string | undefined) => void }) {
  const [value, setValue] = useState<string>();
  return (
    <>
      <DebouncedInput
        label="Search"
        data-testid="search"
        value={value}
        onCommit={(v) => {
          onCommit(v);
          setValue(v);
        }}
      />
      <Link to="/detail">open</Link>
    </>
  );
}

// A page whose chunk never arrives: the navigation stays pending and the list stays mounted.
const Loading = lazy(() => new Promise<never>(() => {}));

function renderList(onCommit: (v: string | undefined) => void) {
  renderUi(
    <Suspense fallback={<p>loading</p>}>
      <MemoryRouter initialEntries={['/list']}>
        <Routes>
          <Route path="/list" element={<List onCommit={onCommit} />} />
          <Route path="/detail" element={<Loading />} />
        </Routes>
      </MemoryRouter>
    </Suspense>,
  );
}

describe('DebouncedInput', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('commits the trimmed text once typing pauses', () => {
    const onCommit = vi.fn();
    renderList(onCommit);
    fireEvent.change(screen.getByTestId('search'), { target: { value: ' web ' } });
    act(() => vi.advanceTimersByTime(200));
    expect(onCommit).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(200));
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('web');
  });

  it('does not commit after the person has followed a link away', () => {
    const onCommit = vi.fn();
    renderList(onCommit);
    fireEvent.change(screen.getByTestId('search'), { target: { value: 'web' } });
    fireEvent.click(screen.getByText('open'));
    act(() => vi.advanceTimersByTime(1000));
    // Still on screen (the next page is loading), yet the pause no longer writes the list's URL.
    expect(screen.getByTestId('search')).toBeTruthy();
    expect(onCommit).not.toHaveBeenCalled();
  });
});
