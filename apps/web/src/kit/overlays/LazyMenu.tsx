import type { MenuProps, PopoverProps } from '@mantine/core';
import { cloneElement, type ReactElement, type ReactNode } from 'react';
import type * as Real from './real';
import { useSwap } from './useSwap';

type TargetElement = ReactElement<Record<string, unknown>>;

/** The trigger as it is before the first use: the same element, saying what it opens. */
function standIn(
  target: TargetElement,
  popup: 'menu' | 'dialog',
  triggers: ReturnType<typeof useSwap>['triggers'],
) {
  return cloneElement(target, {
    'aria-haspopup': popup,
    'aria-expanded': false,
    onClick: triggers.onClick,
    onKeyDown: triggers.onKeyDown,
  });
}

export interface LazyMenuProps extends Omit<MenuProps, 'children'> {
  /** The button that opens the menu (an element that takes a ref). */
  target: TargetElement;
  /** The menu's items, given Mantine's Menu (Menu.Item, Menu.Divider…). */
  children: (menu: typeof Real.Menu) => ReactNode;
}

/**
 * Mantine's Menu, loaded on first use: until then only its button, which on click (or Enter, Space,
 * an arrow key) brings in the real menu already open, focus in it as Mantine puts it.
 */
export function LazyMenu({ target, children, ...props }: LazyMenuProps) {
  const { mod, wanted, triggers } = useSwap();
  if (!mod || !wanted) return standIn(target, 'menu', triggers);
  const { Menu } = mod;
  return (
    <Menu {...props} defaultOpened={wanted.open}>
      <Menu.Target>{target}</Menu.Target>
      <Menu.Dropdown>{children(Menu)}</Menu.Dropdown>
    </Menu>
  );
}

export interface LazyPopoverProps extends Omit<PopoverProps, 'children'> {
  target: TargetElement;
  /** The dropdown's content. */
  children: ReactNode;
}

/** Mantine's Popover, loaded on first use (as LazyMenu). */
export function LazyPopover({ target, children, ...props }: LazyPopoverProps) {
  const { mod, wanted, triggers } = useSwap();
  if (!mod || !wanted) return standIn(target, 'dialog', triggers);
  const { Popover } = mod;
  return (
    <Popover {...props} defaultOpened={wanted.open}>
      <Popover.Target>{target}</Popover.Target>
      <Popover.Dropdown>{children}</Popover.Dropdown>
    </Popover>
  );
}
