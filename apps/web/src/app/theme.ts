import { createTheme, localStorageColorSchemeManager, type CSSVariablesResolver } from '@mantine/core';

/** One theme for both schemes; Mantine derives the dark palette. Focus rings show for keyboard use. */
export const theme = createTheme({
  primaryColor: 'blue',
  // White on blue.6 is 3.5:1; blue.8 keeps button labels and links at 4.5:1 or more.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  headings: { fontWeight: '650' },
});

/** The light/dark choice survives reloads. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'console.color-scheme' });

/**
 * "Dimmed" text (subtitles, secondary lines, navigation headings) one step darker in light and
 * lighter in dark than Mantine's default, so it keeps a 4.5:1 contrast on the page background.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  // Error text (field errors) at 4.5:1 or more on white: Mantine's red.6 is about 3.2:1.
  light: { '--mantine-color-dimmed': t.colors.gray[7]!, '--mantine-color-error': t.colors.red[9]! },
  dark: { '--mantine-color-dimmed': t.colors.dark[1]! },
});
