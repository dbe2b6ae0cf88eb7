import { MantineProvider, Skeleton } from '@mantine/core';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SkeletonBar } from './SkeletonBar';

describe('SkeletonBar', () => {
  it.each([16, '80%'])('draws the same markup as Mantine’s Skeleton (width %s)', (width) => {
    const ours = render(<MantineProvider><SkeletonBar height={14} radius="sm" width={width} /></MantineProvider>).container.innerHTML;
    const theirs = render(<MantineProvider><Skeleton height={14} radius="sm" width={width} /></MantineProvider>).container.innerHTML;
    expect(ours).toContain('mantine-Skeleton-root');
    expect(ours).toBe(theirs);
  });
});
