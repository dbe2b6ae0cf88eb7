import { ActionIcon, MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IconButton } from './IconButton';

type Props = Record<string, unknown>;
const LOOKS: Props[] = [
  {
    variant: 'subtle',
    color: 'gray',
    size: 'sm',
    'aria-expanded': false,
    'aria-label': 'Expand web-1',
    'data-testid': 'row-expand',
  },
  { variant: 'subtle', color: 'teal', size: 'xs', 'aria-label': 'Copy' },
  { variant: 'subtle', color: 'gray', 'aria-label': 'Actions for web-1', 'aria-haspopup': 'menu' },
  { variant: 'subtle', color: 'gray', disabled: true, 'aria-label': 'Off' },
];

describe('IconButton', () => {
  it.each(LOOKS)('draws the same markup as Mantine’s ActionIcon (%o)', (props) => {
    const draw = (Part: typeof IconButton | typeof ActionIcon) =>
      render(
        <MantineProvider>
          <Part {...props}>
            <svg />
          </Part>
        </MantineProvider>,
      ).container.innerHTML;
    const ours = draw(IconButton);
    expect(ours).toContain('mantine-ActionIcon-root');
    expect(ours).toBe(draw(ActionIcon));
  });

  it('takes a ref (a menu anchors to it)', () => {
    let el: HTMLButtonElement | null = null;
    render(
      <MantineProvider>
        <IconButton
          ref={(e) => {
            el = e;
          }}
          aria-label="x"
        />
      </MantineProvider>,
    );
    expect(el).toBeInstanceOf(HTMLButtonElement);
  });
});
