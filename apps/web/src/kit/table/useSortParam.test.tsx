import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useSortParam } from './useSortParam';

describe('useSortParam', () => {
  it('reads ?sort= for known columns and writes it keeping the other parameters', () => {
    const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={['/keys?account=a1&sort=-secret']}>{children}</MemoryRouter>;
    const { result } = renderHook(() => ({ sort: useSortParam(['name', 'id']), search: useLocation().search }), { wrapper });
    expect(result.current.sort[0]).toBeUndefined();
    act(() => result.current.sort[1]({ key: 'name', dir: 'desc' }));
    expect(result.current.sort[0]).toEqual({ key: 'name', dir: 'desc' });
    expect(result.current.search).toBe('?account=a1&sort=-name');
    act(() => result.current.sort[1](undefined));
    expect(result.current.search).toBe('?account=a1');
  });
});
