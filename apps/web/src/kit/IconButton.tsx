import { ActionIcon, useMantineTheme, type MantineColor, type MantineSize } from '@mantine/core';
import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { rootVars } from './mantine-vars';

export interface IconButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'subtle' | 'light' | 'default' | 'filled';
  color?: MantineColor;
  size?: MantineSize;
  [data: `data-${string}`]: string | number | boolean | undefined;
}

/**
 * Mantine's ActionIcon as the kit's lists draw it (a row's expand, copy and menu buttons): the same
 * element, classes, data attributes and CSS variables (IconButton.test.tsx compares the markup), in
 * one part instead of ActionIcon's four (ActionIcon, UnstyledButton, two Boxes) with their style-prop
 * parsing, so a row costs a phone fewer milliseconds. No loading state or style props: where those
 * are needed, Mantine's ActionIcon is the one to use.
 */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { variant = 'filled', color, size, disabled, className, children, ...rest },
  ref,
) {
  const theme = useMantineTheme();
  const classes = ActionIcon.classes as Record<string, string>;
  return (
    // In Mantine's attribute order, so the markup is the same to the byte.
    <button
      ref={ref}
      style={rootVars(theme, ActionIcon.varsResolver as never, 'ActionIcon', {
        variant,
        color,
        size,
      })}
      className={`mantine-focus-auto${disabled ? '' : ' mantine-active'} ${classes.root} mantine-ActionIcon-root m_87cf2631 mantine-UnstyledButton-root${className ? ` ${className}` : ''}`}
      data-variant={variant}
      data-size={size}
      data-disabled={disabled || undefined}
      type="button"
      {...rest}
      disabled={disabled}
    >
      <span className={`${classes.icon} mantine-ActionIcon-icon`}>{children}</span>
    </button>
  );
});
