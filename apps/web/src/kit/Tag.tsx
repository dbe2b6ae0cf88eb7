import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A small label (role, provider, state) that keeps its case and never gets cut in a narrow table cell. */
export function Tag({ children, style, ...rest }: BadgeProps & { children: ReactNode; tabIndex?: number }) {
  return (
    <Badge
      variant="light"
      radius="sm"
      {...rest}
      style={{ flexShrink: 0, overflow: 'visible', ...(typeof style === 'object' ? style : {}) }}
      styles={{ label: { textTransform: 'none', overflow: 'visible' } }}
    >
      {children}
    </Badge>
  );
}

/** For inputs holding ids and URLs: monospace in the box only, not in the label. */
export const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };
