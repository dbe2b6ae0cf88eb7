import type { MantineTheme } from '@mantine/core';
import type { CSSProperties } from 'react';

type Resolver = (
  theme: MantineTheme,
  props: never,
  ctx: never,
) => { root?: Record<string, string | undefined> };

// Per theme and look, the root's CSS variables as Mantine's component would set them.
const cache = new WeakMap<MantineTheme, Map<string, CSSProperties>>();

/**
 * The style attribute a Mantine component's varsResolver gives its root for these props, worked
 * out once per theme and look: the kit's lean parts (IconButton, RowCheckbox) draw a row's buttons
 * without the component, and without redoing this for every row.
 */
export function rootVars(
  theme: MantineTheme,
  resolver: Resolver,
  name: string,
  props: Record<string, unknown>,
): CSSProperties {
  let byLook = cache.get(theme);
  if (!byLook) cache.set(theme, (byLook = new Map()));
  const key = `${name}|${JSON.stringify(props)}`;
  let style = byLook.get(key);
  if (!style) {
    const vars = resolver(theme, props as never, undefined as never).root ?? {};
    style = Object.fromEntries(
      Object.entries(vars).filter(([, v]) => v !== undefined),
    ) as CSSProperties;
    byLook.set(key, style);
  }
  return style;
}
