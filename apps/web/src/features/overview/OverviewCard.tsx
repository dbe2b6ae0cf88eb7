import { Anchor, Group, Paper, Skeleton, Stack, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { keepShared } from '../../context/account';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../kit/ErrorNotice';

/** A path with the current URL's account (and region) kept, so a card's link stays on this account. */
export function useSharedLink() {
  const [params] = useSearchParams();
  return (path: string) => {
    const [pathname, query = ''] = path.split('?');
    const search = keepShared(params, new URLSearchParams(query)).toString();
    return search ? `${pathname}?${search}` : pathname!;
  };
}

export interface OverviewCardProps {
  title: string;
  /** The list the card summarises. */
  to?: string;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  testId: string;
  children?: ReactNode;
}

/** One card of the overview: loads on its own, shows its own error, never waits for the others. */
export function OverviewCard({ title, to, loading, error, onRetry, testId, children }: OverviewCardProps) {
  const { t } = useI18n();
  const link = useSharedLink();
  const titleId = useId();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId} data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h5" id={titleId}>
            {title}
          </Title>
          {to ? (
            <Anchor component={Link} to={link(to)} size="sm" aria-label={`${t('overview.viewAll')}: ${title}`}>
              {t('overview.viewAll')}
            </Anchor>
          ) : null}
        </Group>
        {error ? <ErrorNotice error={error} onRetry={onRetry} /> : loading ? <Skeleton h={64} /> : children}
      </Stack>
    </Paper>
  );
}

/** A labelled count that opens its filtered list. */
export function CountLink({ label, count, to, testId }: { label: string; count: number; to?: string; testId?: string }) {
  const link = useSharedLink();
  const body = (
    <Group justify="space-between" wrap="nowrap" w="100%">
      <span>{label}</span>
      <span style={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>{count}</span>
    </Group>
  );
  return to ? (
    <Anchor component={Link} to={link(to)} size="sm" data-testid={testId} underline="hover">
      {body}
    </Anchor>
  ) : (
    <div data-testid={testId} style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
      {body}
    </div>
  );
}
