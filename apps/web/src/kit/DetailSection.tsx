import { Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled part of a detail page (overview, disks, networks…), with its own action on the right. */
export function DetailSection({
  title,
  id,
  action,
  children,
}: {
  title: string;
  id: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id} data-testid={id}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

/** A small label over its value, for the fact grids of detail pages. */
export function LabeledValue({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {typeof children === 'string' || typeof children === 'number' ? (
        <Text size="sm" data-testid={testId}>
          {children}
        </Text>
      ) : (
        <div data-testid={testId}>{children}</div>
      )}
    </div>
  );
}
