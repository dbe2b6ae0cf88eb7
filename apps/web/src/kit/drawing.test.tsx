import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** The module reads the build's flag when it loads: each case loads it afresh. */
async function load(slices: boolean) {
  vi.resetModules();
  vi.stubEnv('VITE_DRAW_IN_SLICES', slices ? '1' : '');
  return import('./drawing');
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('drawing in parts', () => {
  it('draws everything at once where the renderer slices its own renders (React)', async () => {
    const { useDrawnCount, useDrawnLater } = await load(false);
    expect(renderHook(() => useDrawnCount(10)).result.current).toBe(10);
    expect(renderHook(() => useDrawnLater()).result.current).toBe(true);
  });

  it('draws a new page of rows one per task until it is whole, and stays whole', async () => {
    vi.useFakeTimers();
    const { useDrawnCount } = await load(true);
    const { result, rerender } = renderHook(({ total }) => useDrawnCount(total), { initialProps: { total: 5 } });
    const seen = [result.current];
    for (let i = 0; i < 5; i++) {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1);
      });
      seen.push(result.current);
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 5]);
    rerender({ total: 4 });
    expect(result.current).toBe(4);
  });

  it('draws a later part in the task after the one that mounts it', async () => {
    vi.useFakeTimers();
    const { useDrawnLater } = await load(true);
    const { result } = renderHook(() => useDrawnLater());
    expect(result.current).toBe(false);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(result.current).toBe(true);
  });
});
