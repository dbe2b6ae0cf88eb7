import { describe, expect, it, vi } from 'vitest';

// The factory runs when the chunk is first imported: that is what is counted.
const imported = vi.fn();
vi.mock('./real', () => {
  imported();
  return {};
});

describe('prefetchOverlays', () => {
  it('leaves the chunk alone while the page loads, and warms it on the first sign of a person', async () => {
    const { prefetchOverlays } = await import('./load');
    prefetchOverlays();
    prefetchOverlays();
    await new Promise((r) => setTimeout(r, 50));
    expect(imported).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pointermove'));
    await vi.waitFor(() => expect(imported).toHaveBeenCalledTimes(1));
  });
});
