import { useComputedColorScheme } from '@mantine/core';

/**
 * The colour of a change of cost: dearer in red, cheaper in green, in shades that keep small
 * text readable on either theme (red/teal 9 on light, 4 on dark).
 */
export function useChangeColor() {
  const dark = useComputedColorScheme('light') === 'dark';
  return (change: number) => (change === 0 ? 'dimmed' : `${change > 0 ? 'red' : 'teal'}.${dark ? 4 : 9}`);
}
