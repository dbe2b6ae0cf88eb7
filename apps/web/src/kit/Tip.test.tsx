import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../test-utils';
import { place, Tip } from './Tip';

const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRect;

describe('place', () => {
  const view = { width: 1000, height: 800 };
  it('puts the tip below the target, centred', () => {
    expect(place(rect(400, 100, 40, 20), { width: 100, height: 30 }, view)).toEqual({ left: 370, top: 128 });
  });
  it('keeps it inside the window at the right edge', () => {
    expect(place(rect(970, 100, 30, 20), { width: 100, height: 30 }, view).left).toBe(892);
  });
  it('goes above when there is no room below', () => {
    expect(place(rect(400, 770, 40, 20), { width: 100, height: 30 }, view).top).toBe(732);
  });
});

describe('Tip', () => {
  it('shows on hover and focus, describes the target, and closes on leave and Escape', () => {
    renderUi(
      <Tip label="Refresh now">
        <button type="button">R</button>
      </Tip>,
    );
    const button = screen.getByRole('button', { name: 'R' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.mouseEnter(button);
    expect(screen.getByRole('tooltip').textContent).toBe('Refresh now');
    expect(button.getAttribute('aria-describedby')).toBe(screen.getByRole('tooltip').id);
    fireEvent.mouseLeave(button);
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.focus(button);
    expect(screen.getByRole('tooltip')).toBeTruthy();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
