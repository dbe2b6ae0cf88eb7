import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { CloudAccount } from '../../../api/accounts';
import { asApiError } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { Tag } from '../../../kit/Tag';
import { testAccount, type TestResult } from './api';

/** "Test connection": a signed harmless read with the account; ok, or the code and message of the failure. */
export function TestConnection({ account }: { account: CloudAccount }) {
  const t = useT();
  const test = useMutation({ mutationFn: () => testAccount(account.id) });
  // A refused call (MOS not supported yet, a dropped connection) is a failed test too.
  const result: TestResult | undefined = test.data ?? (test.error ? { ok: false, ...asApiError(test.error) } : undefined);
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="xs"
        variant="light"
        leftSection={<IconPlugConnected size={14} />}
        loading={test.isPending}
        onClick={() => test.mutate()}
        aria-label={t('accounts.testOf', { name: account.name })}
        data-testid="test-connection"
      >
        {t('accounts.test')}
      </Button>
      {result && !test.isPending ? (
        <Group gap={6} wrap="nowrap" align="flex-start" data-testid="test-result" data-ok={String(result.ok)} role="status" maw={320}>
          <Tag color={result.ok ? 'teal' : 'red'}>{result.ok ? t('accounts.testOk') : t('accounts.testFailed')}</Tag>
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
            {result.ok ? null : (
              <>
                <Code data-testid="test-code">{result.code}</Code>{' '}
              </>
            )}
            <span data-testid="test-message">{result.ok ? t('accounts.testOkText') : result.message}</span>
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}
