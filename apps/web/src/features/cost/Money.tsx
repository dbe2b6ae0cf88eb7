import { Text, type MantineSize } from '@mantine/core';
import { useI18n } from '../../i18n/i18n';
import { formatMoney } from './money';

const STYLE = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** An amount with its currency and two decimals; its cell or card aligns it right. */
export function Money({ value, size, fw }: { value: number; size?: MantineSize; fw?: number }) {
  const { lang } = useI18n();
  return (
    <Text component="span" inherit={!size} size={size} fw={fw} style={STYLE} data-money={value.toFixed(2)}>
      {formatMoney(value, lang)}
    </Text>
  );
}
