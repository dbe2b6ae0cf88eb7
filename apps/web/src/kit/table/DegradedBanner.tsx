import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../ErrorNotice';
import { exactTime } from '../time';

export interface DegradedBannerProps {
  error: unknown;
  /** When the rows still on screen were fetched. */
  updatedAt?: number;
  onRetry?: () => void;
}

/**
 * A read failed but an earlier answer's rows are still on screen: say so, with what failed and
 * how old the rows are, and keep them (an empty list would claim there is nothing).
 */
export function DegradedBanner({ error, updatedAt, onRetry }: DegradedBannerProps) {
  const { t, lang } = useI18n();
  const title = updatedAt ? t('table.degradedSince', { time: exactTime(updatedAt, lang) }) : t('table.degraded');
  return <ErrorNotice tone="warning" error={error} title={title} onRetry={onRetry} />;
}
