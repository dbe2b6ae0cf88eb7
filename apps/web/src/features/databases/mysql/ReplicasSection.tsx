import { cdsMysql, DB_MAX_AMOUNT, type DbInstance } from '@console/api-types/client';
import { Anchor, Button, Group, NumberInput, Paper, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useActionMutation } from '../../../api/mutation';
import { actionQuery } from '../../../api/query';
import { useRunReason } from '../../../auth/permission';
import { sharedSearch } from '../../../context/account';
import { useAccountId } from '../../../context/AccountContext';
import { useT } from '../../../i18n/i18n';
import { Copyable } from '../../../kit/Copyable';
import { ErrorNotice } from '../../../kit/ErrorNotice';
import { FormDialog } from '../../../kit/FormDialog';
import { StatusBadge } from '../../../kit/StatusBadge';
import { useWhenOpened } from '../../../kit/useWhenOpened';
import { CostLine } from '../shared/CostLine';
import { isTransitional } from '../shared/list-state';
import { costOf, diskFits } from './create-form';
import { PAAS_NAME_RULE } from '@console/api-types/client';

/** The primary's read-only instances (RoGroups), each a link to its own page; add from what the cloud offers. */
export function ReplicasSection({ db }: { db: DbInstance }) {
  const t = useT();
  const [params] = useSearchParams();
  const [open, setOpen] = useState(false);
  const runReason = useRunReason();
  const why = runReason(cdsMysql.CreateReadOnlyDBInstance) ?? (db.status.toLowerCase() !== 'running' ? t('db.why.notRunning') : undefined);
  return (
    <Paper withBorder p="md" data-testid="db-replicas">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('mysql.replicas.title')}</Title>
        <Button size="xs" onClick={() => setOpen(true)} disabled={!!why} title={why} data-testid="replica-create">
          {t('mysql.replicas.add')}
        </Button>
      </Group>
      {db.readOnlyInstances.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('mysql.replicas.none')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('db.col.name')}</Table.Th>
              <Table.Th>{t('db.col.status')}</Table.Th>
              <Table.Th>{t('db.col.address')}</Table.Th>
              <Table.Th>{t('db.col.spec')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {db.readOnlyInstances.map((r) => (
              <Table.Tr key={r.id} data-testid="replica-row" data-name={r.name}>
                <Table.Td>
                  <Anchor component={Link} to={`/databases/mysql/${r.id}${sharedSearch(params)}`} size="sm">
                    {r.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={r.status} busy={isTransitional(r.status)} />
                </Table.Td>
                <Table.Td>
                  <Copyable value={r.ip ? `${r.ip}:${r.port ?? ''}` : ''} label={t('db.addressOf', { name: r.name })} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t('mysql.specLong', { cpu: r.cpu ?? '—', ram: (r.ramMb ?? 0) / 1024 })}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ReplicaDialog db={db} opened={open} onClose={() => setOpen(false)} />
    </Paper>
  );
}

function ReplicaDialog({ db, opened, onClose }: { db: DbInstance; opened: boolean; onClose: () => void }) {
  const t = useT();
  const account = useAccountId();
  const offer = useQuery({ ...actionQuery(cdsMysql.DescribeAvailableReadOnlyConfig, { InstanceUuid: db.id }, account), enabled: opened });
  const [name, setName] = useState('');
  const [goods, setGoods] = useState<string | undefined>();
  const [disk, setDisk] = useState<number | undefined>();
  const [amount, setAmount] = useState(1);
  const [tried, setTried] = useState(false);
  const mutation = useActionMutation(cdsMysql.CreateReadOnlyDBInstance, { describe: (i) => ({ label: t('mysql.replicas.add'), resource: i.InstanceName }) });
  useWhenOpened(opened, () => {
    setName(`${db.name}-ro`);
    setGoods(undefined);
    setDisk(undefined);
    setAmount(1);
    setTried(false);
    mutation.reset();
  });
  const specs = offer.data?.specs ?? [];
  const diskChoice = offer.data?.disks[0];
  const spec = specs.find((s) => s.paasGoodsId === goods) ?? specs[0];
  const size = disk ?? diskChoice?.min;
  const problems = {
    name: PAAS_NAME_RULE.test(name) ? undefined : t('db.form.nameInvalid'),
    disk: diskChoice && diskFits(diskChoice, size) ? undefined : t('db.form.diskOutOfRange'),
    amount: amount >= 1 && amount <= DB_MAX_AMOUNT ? undefined : t('db.form.amountInvalid', { max: DB_MAX_AMOUNT }),
  };
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('mysql.replicas.dialogTitle', { name: db.name })}
      submitLabel={t('mysql.replicas.add')}
      loading={mutation.isPending}
      error={mutation.error}
      submitDisabled={!offer.data}
      data-testid="replica-dialog"
      onSubmit={() => {
        setTried(true);
        if (!spec || !diskChoice || !size || problems.name || problems.disk || problems.amount) return;
        mutation.mutate({ InstanceUuid: db.id, InstanceName: name, PaasGoodsId: spec.paasGoodsId, DiskType: diskChoice.value, DiskValue: size, Amount: amount }, { onSuccess: onClose });
      }}
    >
      {offer.error ? <ErrorNotice error={offer.error} title={t('mysql.replicas.offerFailed')} /> : null}
      <Text size="sm" c="dimmed">
        {t('mysql.replicas.explain')}
      </Text>
      <TextInput label={t('db.form.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={tried ? problems.name : undefined} required data-testid="replica-name" />
      <Select label={t('db.form.spec')} data={specs.map((s) => ({ value: s.paasGoodsId, label: s.name }))} value={spec?.paasGoodsId ?? null} onChange={(v) => v && setGoods(v)} allowDeselect={false} comboboxProps={{ withinPortal: true }} data-testid="replica-spec" />
      <NumberInput
        label={t('db.form.diskSize')}
        description={diskChoice ? t('db.form.diskRange', { min: diskChoice.min ?? '', max: diskChoice.maxExpand ?? diskChoice.max ?? '', step: diskChoice.step ?? 1 }) : undefined}
        value={size ?? ''}
        min={diskChoice?.min}
        max={diskChoice?.maxExpand}
        step={diskChoice?.step}
        suffix=" GB"
        onChange={(v) => setDisk(typeof v === 'number' ? v : undefined)}
        error={tried ? problems.disk : undefined}
        data-testid="replica-disk"
      />
      <NumberInput label={t('db.form.amount')} min={1} max={DB_MAX_AMOUNT} value={amount} onChange={(v) => setAmount(typeof v === 'number' ? v : 0)} error={tried ? problems.amount : undefined} allowDecimal={false} />
      <CostLine cost={costOf(spec, diskChoice, size, amount)} />
    </FormDialog>
  );
}
