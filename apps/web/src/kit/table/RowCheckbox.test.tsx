import { Checkbox, MantineProvider } from '@mantine/core';
import { fireEvent, render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RowCheckbox } from './RowCheckbox';

const draw = (
  Part: typeof RowCheckbox | typeof Checkbox,
  props: { checked: boolean; disabled?: boolean },
) =>
  render(
    <MantineProvider>
      <Part aria-label="Select web-1" onChange={() => undefined} {...props} />
    </MantineProvider>,
  ).container.innerHTML;

describe('RowCheckbox', () => {
  it.each([{ checked: false }, { checked: true }, { checked: false, disabled: true }])(
    'draws the same markup as Mantine’s Checkbox, but for the id no label needs (%o)',
    (props) => {
      const ours = draw(RowCheckbox, props);
      expect(ours).toContain('mantine-Checkbox-input');
      expect(ours).toBe(draw(Checkbox, props).replace(/ id="[^"]*"/, ''));
    },
  );

  it('says when it is ticked', () => {
    let ticked: boolean | undefined;
    const { container } = render(
      <MantineProvider>
        <RowCheckbox
          aria-label="Tick me"
          checked={false}
          onChange={(e) => (ticked = e.currentTarget.checked)}
        />
      </MantineProvider>,
    );
    fireEvent.click(within(container).getByRole('checkbox', { name: 'Tick me' }));
    expect(ticked).toBe(true);
  });
});
