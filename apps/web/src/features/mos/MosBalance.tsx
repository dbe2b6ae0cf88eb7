import { Badge, Loader, Tooltip } from '@mantine/core';
import { IconWallet } from '@tabler/icons-react';
import { useI18n } from '../../i18n/i18n';
import { RelativeTime } from '../../kit/RelativeTime';
import { useMosBalance } from './useMos';

/** The MOS account's balance (GetBalance), refreshed by every charged action (their invalidates name it). */
export function MosBalance() {
  const { t, lang } = useI18n();
  const q = useMosBalance();
  if (q.isLoading) return <Loader size="xs" aria-label={t('common.loading')} />;
  if (q.error || !q.data) {
    return (
      <Badge color="gray" variant="light" data-testid="mos-balance" data-state="error">
        {t('mos.balanceFailed')}
      </Badge>
    );
  }
  const amount = q.data.balance.toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const badge = (
    <Badge
      size="lg"
      variant="light"
      color={q.data.balance > 0 ? 'teal' : 'red'}
      leftSection={<IconWallet size={14} aria-hidden />}
      styles={{ label: { textTransform: 'none' } }}
      data-testid="mos-balance"
      data-balance={q.data.balance}
    >
      {t('mos.balance')} {t('mos.balanceValue', { amount })}
    </Badge>
  );
  return q.data.updatedAt ? (
    <Tooltip label={<RelativeTime value={q.data.updatedAt} />} withArrow>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
