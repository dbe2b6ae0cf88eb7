import type { ApiError } from '@console/api-types/client';
import { ActionIcon, Alert, Button, Code, CopyButton, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconCloudOff, IconCopy } from '@tabler/icons-react';
import { asApiError } from '../api/client';
import { useT } from '../i18n/i18n';
import { Tip } from './Tip';

/** The text a person pastes into a support ticket. */
export const errorReport = (e: ApiError) =>
  [`${e.code}: ${e.message}`, e.requestId && `Request ID: ${e.requestId}`, e.upstream?.requestId && `Upstream request ID: ${e.upstream.requestId}`]
    .filter(Boolean)
    .join('\n');

/**
 * Code, request id, validation issues and a copy button: the part every error shows. `plain`
 * keeps the code line in the text colour, for backgrounds where dimmed grey is too faint (the
 * yellow warning in the dark theme).
 */
export function ErrorDetails({ error, plain }: { error: ApiError; plain?: boolean }) {
  const t = useT();
  const dim = plain ? undefined : 'dimmed';
  return (
    <Stack gap={6}>
      <Text size="sm">{error.message}</Text>
      {error.issues?.length ? (
        <List size="sm" spacing={2}>
          {error.issues.map((i) => (
            <List.Item key={`${i.path}:${i.message}`}>
              <Code>{i.path}</Code> {i.message}
            </List.Item>
          ))}
        </List>
      ) : null}
      <Group gap="xs" wrap="wrap">
        <Text size="xs" c={dim}>
          {t('error.code')}: <Code data-testid="error-code">{error.code}</Code>
        </Text>
        {error.requestId ? (
          <Text size="xs" c={dim}>
            {t('error.requestId')}: <Code data-testid="error-request-id">{error.requestId}</Code>
          </Text>
        ) : null}
        <CopyButton value={errorReport(error)}>
          {({ copied, copy }) => (
            <Tip label={copied ? t('common.copied') : t('error.copy')}>
              <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} size="sm" onClick={copy} aria-label={t('error.copy')}>
                {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
              </ActionIcon>
            </Tip>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

export interface ErrorNoticeProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  /** When given, the notice has a close button; it never goes away by itself. */
  onClose?: () => void;
  /** warning: older data is still on screen (a list's degraded state), said politely in yellow. */
  tone?: 'error' | 'warning';
}

/** An inline error that stays until dismissed or retried (lesson 7). */
export function ErrorNotice({ error, title, onRetry, onClose, tone = 'error' }: ErrorNoticeProps) {
  const t = useT();
  const e = asApiError(error);
  const warning = tone === 'warning';
  const color = warning ? 'yellow' : 'red';
  return (
    <Alert
      role={warning ? 'status' : 'alert'}
      data-testid={warning ? 'degraded-banner' : 'error-notice'}
      color={color}
      variant="light"
      icon={warning ? <IconCloudOff size={18} /> : <IconAlertTriangle size={18} />}
      // Yellow text on the yellow tint is too faint (axe): the warning's words keep the text colour.
      styles={warning ? { title: { color: 'var(--mantine-color-text)' } } : undefined}
      title={title ?? t('error.title')}
      withCloseButton={!!onClose}
      onClose={onClose}
      closeButtonLabel={t('common.dismiss')}
    >
      <Stack gap="xs">
        <ErrorDetails error={e} plain={warning} />
        {onRetry ? (
          <Group>
            <Button size="xs" variant={warning ? 'default' : 'light'} color={color} onClick={onRetry} data-testid={warning ? 'degraded-retry' : undefined}>
              {t('common.retry')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** An error toast that stays until dismissed (errors never fade; successes do). */
export function showErrorNotification(error: unknown, title: string) {
  const e = asApiError(error);
  notifications.show({
    title,
    message: <ErrorDetails error={e} />,
    color: 'red',
    autoClose: false,
    withCloseButton: true,
    'data-testid': 'error-notification',
  });
}
