import type { Vdc } from '@console/api-types/client';
import { Badge, Code, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../i18n/i18n';
import { StatusBadge } from '../../kit/StatusBadge';

/** A VDC's public and private networks, shown when its row is opened. */
export function VdcNetworks({ vdc }: { vdc: Vdc }) {
  const t = useT();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" data-testid="vdc-networks">
      <Stack gap="xs">
        <Title order={4} size="h6">
          {t('vdc.publicNetworks')}
        </Title>
        {vdc.publicNetworks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('vdc.noPublic')}
          </Text>
        ) : (
          <Table
            withTableBorder
            verticalSpacing={6}
            fz="sm"
            aria-label={t('vdc.publicNetworksOf', { name: vdc.name })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('vdc.col.network')}</Table.Th>
                <Table.Th>{t('vdc.col.bandwidth')}</Table.Th>
                <Table.Th>{t('vdc.col.segments')}</Table.Th>
                <Table.Th>{t('vdc.col.freeIps')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {vdc.publicNetworks.map((p) => (
                <Table.Tr key={p.id || p.name}>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm">{p.name}</Text>
                      <StatusBadge status={p.status} busy={false} />
                    </Group>
                  </Table.Td>
                  <Table.Td>{t('vdc.mbps', { n: p.qos })}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {p.segments.map((s) => (
                        <Code key={s.id || s.address}>
                          {s.address}/{s.mask}
                        </Code>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{p.unusedIpCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={4} size="h6">
          {t('vdc.privateNetworks')}
        </Title>
        {vdc.privateNetworks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('vdc.noPrivate')}
          </Text>
        ) : (
          <Table
            withTableBorder
            verticalSpacing={6}
            fz="sm"
            aria-label={t('vdc.privateNetworksOf', { name: vdc.name })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('vdc.col.network')}</Table.Th>
                <Table.Th>{t('vdc.col.segments')}</Table.Th>
                <Table.Th>{t('vdc.col.freeIps')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {vdc.privateNetworks.map((p) => (
                <Table.Tr key={p.id || p.name}>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm">{p.name}</Text>
                      <StatusBadge status={p.status} busy={false} />
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {p.segments.map((s) => (
                        <Code key={s}>{s}</Code>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{p.unusedIpCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </SimpleGrid>
  );
}

/** A short summary of a VDC's networks for its row. */
export function NetworkSummary({ vdc }: { vdc: Vdc }) {
  const t = useT();
  const qos = vdc.publicNetworks.reduce((sum, p) => sum + p.qos, 0);
  return (
    <Group gap={6}>
      <Badge
        variant="outline"
        color="blue"
        radius="sm"
        styles={{ label: { textTransform: 'none' } }}
      >
        {t('vdc.publicCount', { count: vdc.publicNetworks.length, mbps: qos })}
      </Badge>
      <Badge
        variant="outline"
        color="gray"
        radius="sm"
        styles={{ label: { textTransform: 'none' } }}
      >
        {t('vdc.privateCount', { count: vdc.privateNetworks.length })}
      </Badge>
    </Group>
  );
}
