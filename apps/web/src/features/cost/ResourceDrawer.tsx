import '@mantine/core/styles/Drawer.layer.css';
import type { BillItem } from '@console/api-types/client';
import { Anchor, Drawer, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { keepShared } from '../../context/account';
import { regionName } from '../../context/regions';
import { useI18n } from '../../i18n/i18n';
import { Copyable } from '../../kit/Copyable';
import { ErrorNotice } from '../../kit/ErrorNotice';
import { typeLabel } from './labels';
import { Money } from './Money';
import { formatUnitPrice } from './money';
import type { DayRange } from './range';
import { resourcePage } from './resource-links';
import { useBillDetail } from './useBills';

const BEIJING_MS = 8 * 3_600_000;
/** Unix seconds as the bills' Beijing "yyyy-MM-dd HH:mm". */
const beijingTime = (s: number | undefined) => (s === undefined ? '—' : new Date(s * 1000 + BEIJING_MS).toISOString().slice(0, 16).replace('T', ' '));

/** A path with the current URL's account and region kept. */
function withShared(path: string, current: URLSearchParams) {
  const [pathname, query = ''] = path.split('?');
  const search = keepShared(current, new URLSearchParams(query)).toString();
  return search ? `${pathname}?${search}` : pathname!;
}

/** A resource's DescribeBillInfo lines for the range, and a link to its page while it exists. */
export function ResourceDrawer({ item, range, today, onClose }: { item?: BillItem; range: DayRange; today: string; onClose: () => void }) {
  const { t, lang } = useI18n();
  const [params] = useSearchParams();
  const detail = useBillDetail(item?.resourceId, range, today);
  const page = item ? resourcePage(item) : undefined;
  const first = detail.data?.items[0];
  // The document's UnitPrice is per minute for pay-as-you-go (PayType 1); a monthly line's is the month's price.
  const unitPrice = (price: number | undefined, payType: string | undefined) => {
    if (price === undefined) return '—';
    const text = formatUnitPrice(price, lang);
    return payType === '1' ? t('cost.detail.perMinute', { price: text }) : payType === '2' ? t('cost.detail.perMonth', { price: text }) : text;
  };
  return (
    <Drawer opened={!!item} onClose={onClose} position="right" size="xl" title={item ? t('cost.detailsOf', { name: item.resourceName || item.resourceId }) : ''} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {item ? (
        <Stack gap="md" data-testid="cost-detail">
          <Stack gap={4}>
            <Copyable value={item.resourceId} dimmed label="ID" />
            <Text size="sm">
              {typeLabel(t, item.resourceType)} · {regionName(item.regionId, lang)} {item.vdcName ? `· ${item.vdcName}` : ''}
            </Text>
            <Text size="sm" c="dimmed">
              {t('cost.detail.created')}: {item.createdAt ?? '—'}
              {first?.status ? ` · ${t('cost.detail.status')}: ${first.status}` : ''}
              {first?.ips.length ? ` · ${t('cost.detail.ips')}: ${first.ips.join(', ')}` : ''}
            </Text>
            {page ? (
              <Anchor component={Link} to={withShared(page, params)} data-testid="cost-resource-link">
                <Group gap={4} component="span">
                  <IconExternalLink size={14} aria-hidden />
                  {t('cost.detail.open', { name: item.resourceName || item.resourceId })}
                </Group>
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed">
                {item.deletedAt ? t('cost.detail.deletedAt', { time: item.deletedAt }) : t('cost.detail.noPage')}
              </Text>
            )}
          </Stack>
          {detail.error ? <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} /> : null}
          {detail.isPending && !detail.error ? <Skeleton h={160} /> : null}
          {detail.data ? (
            <>
              <Group justify="space-between">
                <Text fw={600}>{t('cost.detail.total')}</Text>
                <Text fw={700} data-testid="cost-detail-total">
                  <Money value={detail.data.totalCost} />
                </Text>
              </Group>
              {detail.data.items.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('cost.detail.empty')}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={640}>
                  <Table striped data-testid="cost-detail-lines">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('cost.detail.start')}</Table.Th>
                        <Table.Th>{t('cost.detail.end')}</Table.Th>
                        <Table.Th>{t('cost.detail.pay')}</Table.Th>
                        <Table.Th>{t('cost.detail.config')}</Table.Th>
                        <Table.Th ta="right">{t('cost.detail.unitPrice')}</Table.Th>
                        <Table.Th ta="right">{t('cost.col.cost')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {detail.data.items.map((line, i) => (
                        <Table.Tr key={`${line.startTime}-${i}`}>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{beijingTime(line.startTime)}</Table.Td>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{beijingTime(line.endTime)}</Table.Td>
                          <Table.Td>{line.payDesc ?? line.payType ?? '—'}</Table.Td>
                          <Table.Td>
                            <Text size="xs">{line.configuration ?? '—'}</Text>
                          </Table.Td>
                          <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                            {unitPrice(line.unitPrice, line.payType)}
                          </Table.Td>
                          <Table.Td ta="right">
                            <Money value={line.totalCost} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </>
          ) : null}
        </Stack>
      ) : null}
    </Drawer>
  );
}
