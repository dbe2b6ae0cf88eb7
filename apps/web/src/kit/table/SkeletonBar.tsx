import { getRadius, rem, Skeleton, type MantineRadius } from '@mantine/core';
import type { CSSProperties } from 'react';

const classes = Skeleton.classes as { root: string };

/**
 * Mantine's Skeleton as its markup alone (same classes, data attributes and CSS variables; the
 * test compares the two): a loading table draws dozens of them at once, and Mantine's, each a
 * component over Box, made the list's first render a long task on a phone.
 */
export function SkeletonBar({ height, width, radius }: { height: number; width: number | string; radius: MantineRadius }) {
  const style = {
    '--skeleton-height': rem(height),
    '--skeleton-width': rem(width),
    '--skeleton-radius': getRadius(radius),
  } as CSSProperties;
  return <div style={style} className={`${classes.root} mantine-Skeleton-root`} data-visible="true" data-animate="true" />;
}
