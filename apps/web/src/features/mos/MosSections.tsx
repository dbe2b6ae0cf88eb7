import { mosMcs, type MosInstance } from '@console/api-types/client';
import { Alert, Button, Code, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { actionQuery } from '../../api/query';
import { useAccountId } from '../../context/AccountContext';
import { useI18n } from '../../i18n/i18n';
import { Copyable } from '../../kit/Copyable';
import { ErrorNotice } from '../../kit/ErrorNotice';
import { RelativeTime } from '../../kit/RelativeTime';
import { DetailSection as Section } from '../../kit/DetailSection';
import { sizeFromMb } from './mos-state';

// The kit's detail section, under the name this module's pages use.
export { Section };

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

/** The reads of one instance's details (each with its own loading and error state). */
const useLease = (id: string) => useQuery(actionQuery(mosMcs.GetInstanceContractInfo, { InstanceId: id }, useAccountId()));
const useVolumes = (id: string) => useQuery(actionQuery(mosMcs.DescribeInstanceVolumes, { InstanceId: id }, useAccountId()));
const useInterfaces = (id: string) => useQuery(actionQuery(mosMcs.DescribeInstanceNetworkInterfaces, { InstanceId: id }, useAccountId()));

export function OverviewSection({ instance }: { instance: MosInstance }) {
  const { t } = useI18n();
  const lease = useLease(instance.id);
  return (
    <Section title={t('mos.detail.overview')} id="mos-overview">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
        <Field label={t('mos.detail.id')}>
          <Copyable value={instance.id} label={t('mos.idOf', { name: instance.name })} />
        </Field>
        <Field label={t('mos.col.type')}>
          <Text size="sm" data-testid="mos-type">
            {instance.instanceType ?? '—'}
          </Text>
        </Field>
        <Field label={t('mos.detail.cpu')}>
          <Text size="sm">{instance.cpu ?? '—'}</Text>
        </Field>
        <Field label={t('mos.detail.memory')}>
          <Text size="sm">{sizeFromMb(instance.memoryMb)}</Text>
        </Field>
        <Field label={t('mos.detail.disk')}>
          <Text size="sm">{sizeFromMb(instance.volumeMb)}</Text>
        </Field>
        <Field label={t('mos.col.addresses')}>
          {instance.ipAddresses.length ? instance.ipAddresses.map((ip) => <Copyable key={ip} value={ip} label={ip} />) : <Text size="sm">—</Text>}
        </Field>
      </SimpleGrid>
      <Title order={4} size="h6" mt="md" mb="xs">
        {t('mos.detail.lease')}
      </Title>
      {lease.error ? (
        <ErrorNotice error={lease.error} title={t('mos.detail.lease')} onRetry={() => void lease.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" data-testid="mos-lease">
          {(['startedAt', 'expireAt', 'extendTo'] as const).map((k) => (
            <Field key={k} label={t(`mos.detail.${k}`)}>
              <span data-testid={`mos-${k}`} data-value={lease.data?.[k] ?? ''}>
                {lease.data?.[k] ? <RelativeTime value={lease.data[k]} /> : <Text size="sm">—</Text>}
              </span>
            </Field>
          ))}
        </SimpleGrid>
      )}
    </Section>
  );
}

export function VolumesSection({ instance }: { instance: MosInstance }) {
  const { t } = useI18n();
  const q = useVolumes(instance.id);
  return (
    <Section title={t('mos.detail.volumes')} id="mos-volumes">
      {q.error ? <ErrorNotice error={q.error} title={t('mos.detail.volumes')} onRetry={() => void q.refetch()} /> : null}
      {q.data && q.data.length === 0 ? <Text size="sm" c="dimmed">{t('mos.detail.volumesEmpty')}</Text> : null}
      {q.data?.length ? (
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mos.detail.volume.index')}</Table.Th>
                <Table.Th>{t('mos.detail.volume.name')}</Table.Th>
                <Table.Th>{t('mos.detail.volume.size')}</Table.Th>
                <Table.Th>{t('mos.detail.volume.driver')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.map((v) => (
                <Table.Tr key={v.id} data-testid="mos-volume-row">
                  <Table.Td>{v.index === 0 ? t('mos.detail.volume.system') : (v.index ?? '—')}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{v.name}</Text>
                    <Copyable value={v.id} dimmed label={v.id} />
                  </Table.Td>
                  <Table.Td>{sizeFromMb(v.sizeMb)}</Table.Td>
                  <Table.Td>{[v.driver, v.cacheMode].filter(Boolean).join(' / ') || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Section>
  );
}

export function InterfacesSection({ instance }: { instance: MosInstance }) {
  const { t } = useI18n();
  const q = useInterfaces(instance.id);
  return (
    <Section title={t('mos.detail.interfaces')} id="mos-interfaces">
      {q.error ? <ErrorNotice error={q.error} title={t('mos.detail.interfaces')} onRetry={() => void q.refetch()} /> : null}
      {q.data && q.data.length === 0 ? <Text size="sm" c="dimmed">{t('mos.detail.nicsEmpty')}</Text> : null}
      {q.data?.length ? (
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mos.detail.nic.network')}</Table.Th>
                <Table.Th>{t('mos.detail.nic.ip')}</Table.Th>
                <Table.Th>{t('mos.detail.nic.mac')}</Table.Th>
                <Table.Th>{t('mos.detail.nic.bandwidth')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.map((n) => (
                <Table.Tr key={`${n.networkId}-${n.index}`} data-testid="mos-nic-row">
                  <Table.Td>{n.networkName || n.networkId}</Table.Td>
                  <Table.Td>
                    <Copyable value={n.ipAddress} label={n.ipAddress} />
                  </Table.Td>
                  <Table.Td>
                    <Code>{n.macAddress}</Code>
                  </Table.Td>
                  <Table.Td>{n.bandwidthMbps === undefined ? '—' : t('mos.mbps', { value: n.bandwidthMbps })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Section>
  );
}

/** The initial account and password: fetched only when asked for (it is a secret), hidden again on demand. */
export function PasswordSection({ instance }: { instance: MosInstance }) {
  const { t } = useI18n();
  const account = useAccountId();
  const [shown, setShown] = useState(false);
  const q = useQuery({ ...actionQuery(mosMcs.GetPasswordData, { InstanceId: instance.id }, account), enabled: shown, gcTime: 0, staleTime: 0 });
  const toggle = (
    <Button variant="light" size="xs" leftSection={shown ? <IconEyeOff size={14} /> : <IconEye size={14} />} onClick={() => setShown((s) => !s)} data-testid="mos-password-toggle">
      {shown ? t('mos.detail.passwordHide') : t('mos.detail.passwordShow')}
    </Button>
  );
  const d = q.data;
  return (
    <Section title={t('mos.detail.password')} id="mos-password" action={toggle}>
      {!shown ? null : q.error ? (
        <ErrorNotice error={q.error} title={t('mos.detail.password')} onRetry={() => void q.refetch()} />
      ) : !d ? (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      ) : (
        <Stack gap="xs" data-testid="mos-password-data">
          <Group gap="xl">
            <Field label={t('mos.detail.account')}>
              <Code data-testid="mos-login-account">{d.account}</Code>
            </Field>
            {d.createdAt ? (
              <Field label={t('mos.detail.madeAt')}>
                <RelativeTime value={d.createdAt} />
              </Field>
            ) : null}
          </Group>
          {!d.passwordData ? (
            <Alert variant="light" color="gray">
              {d.keyPairName ? t('mos.detail.passwordNone') : t('mos.detail.passwordPending')}
            </Alert>
          ) : d.keyPairName ? (
            <Field label={t('mos.detail.passwordEncrypted')}>
              <Stack gap={4}>
                <Text size="xs" c="dimmed" data-testid="mos-password-keypair" data-keypair={d.keyPairName}>
                  {t('mos.detail.passwordKeyPair', { name: d.keyPairName })}
                </Text>
                <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
                  {d.passwordData}
                </Code>
              </Stack>
            </Field>
          ) : (
            <Field label={t('mos.detail.passwordPlain')}>
              <Copyable value={d.passwordData} label={t('mos.detail.passwordPlain')} />
            </Field>
          )}
        </Stack>
      )}
    </Section>
  );
}
