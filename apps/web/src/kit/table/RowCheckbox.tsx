import { Checkbox, useMantineTheme } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { rootVars } from '../mantine-vars';

export interface RowCheckboxProps {
  'aria-label': string;
  checked: boolean;
  disabled?: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

const CHECK =
  'M4 4.586L1.707 2.293A1 1 0 1 0 .293 3.707l3 3a.997.997 0 0 0 1.414 0l5-5A1 1 0 1 0 8.293.293L4 4.586z';

/**
 * A row's selection box: Mantine's Checkbox as a list row draws it (no label, never indeterminate),
 * with the same elements, classes, data attributes and CSS variables (RowCheckbox.test.tsx compares
 * the markup), in one part instead of Checkbox's six with their style-prop parsing: a page of rows
 * costs a phone fewer milliseconds. The header's box (indeterminate) stays Mantine's.
 */
export function RowCheckbox({ checked, disabled, onChange, ...aria }: RowCheckboxProps) {
  const c = Checkbox.classes as Record<string, string>;
  return (
    <div
      style={rootVars(useMantineTheme(), Checkbox.varsResolver as never, 'Checkbox', {
        radius: 'sm',
        variant: 'filled',
      })}
      className={`m_bf2d988c mantine-Checkbox-root ${c.root} mantine-Checkbox-root`}
      data-variant="filled"
      data-label-position="right"
      data-checked={checked || undefined}
    >
      <div className={`${c.body} mantine-Checkbox-body`}>
        <div className={`${c.inner} mantine-Checkbox-inner`} data-label-position="right">
          <input
            className={`mantine-focus-auto ${c.input} mantine-Checkbox-input`}
            data-with-error-styles="true"
            aria-label={aria['aria-label']}
            disabled={disabled}
            type="checkbox"
            checked={checked}
            onChange={onChange}
          />
          <svg
            viewBox="0 0 10 7"
            fill="none"
            xmlns="http://www.w3.org/2000/svg"
            aria-hidden="true"
            className={`${c.icon} mantine-Checkbox-icon`}
          >
            <path d={CHECK} fill="currentColor" fillRule="evenodd" clipRule="evenodd" />
          </svg>
        </div>
        <div
          className={`${c.labelWrapper} mantine-Checkbox-labelWrapper`}
          data-disabled={disabled || undefined}
        />
      </div>
    </div>
  );
}
