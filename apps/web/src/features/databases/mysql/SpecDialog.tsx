import { cdsMysql, type DbInstance } from '@console/api-types/client';
import { NumberInput, Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { actionQuery } from '../../../api/query';
import { useAccountId } from '../../../context/AccountContext';
import { useT } from '../../../i18n/i18n';
import { ErrorNotice } from '../../../kit/ErrorNotice';
import { FormDialog } from '../../../kit/FormDialog';
import { useWhenOpened } from '../../../kit/useWhenOpened';
import { diskFits } from './create-form';

/** Change the spec and/or grow the disk, among what DescribeModifiableDBSpec offers; only what changes is sent. */
export function SpecDialog({ db, opened, onClose }: { db: DbInstance; opened: boolean; onClose: () => void }) {
  const t = useT();
  const account = useAccountId();
  const offer = useQuery({ ...actionQuery(cdsMysql.DescribeModifiableDBSpec, { InstanceUuid: db.id }, account), enabled: opened });
  const current = offer.data?.specs.find((s) => s.cpu === db.cpu && s.ramGb * 1024 === db.ramMb);
  const [goods, setGoods] = useState<string | undefined>();
  const [disk, setDisk] = useState<number | undefined>();
  const [tried, setTried] = useState(false);
  const mutation = useActionMutation(cdsMysql.ModifyDBInstanceSpec, { describe: () => ({ label: t('mysql.action.changeSpec'), resource: db.name }) });
  useWhenOpened(opened, () => {
    setGoods(undefined);
    setDisk(db.diskGb);
    setTried(false);
    mutation.reset();
  });
  const diskChoice = offer.data?.disks[0];
  const spec = goods ?? current?.paasGoodsId;
  const specChanged = spec !== undefined && spec !== current?.paasGoodsId;
  const diskChanged = disk !== undefined && disk !== db.diskGb;
  const diskProblem = diskChanged && diskChoice && !diskFits(diskChoice, disk, (db.diskGb ?? 0) + 1) ? t('mysql.spec.diskLarger', { now: db.diskGb ?? 0, max: diskChoice.maxExpand ?? diskChoice.max ?? '' }) : undefined;
  const nothing = !specChanged && !diskChanged ? t('mysql.spec.nothing') : undefined;
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('mysql.spec.title', { name: db.name })}
      submitLabel={t('mysql.action.changeSpec')}
      loading={mutation.isPending}
      error={mutation.error}
      submitDisabled={!offer.data}
      data-testid="spec-dialog"
      onSubmit={() => {
        setTried(true);
        if (nothing || diskProblem) return;
        mutation.mutate(
          { InstanceUuid: db.id, ...(specChanged ? { PaasGoodsId: spec } : {}), ...(diskChanged && diskChoice ? { DiskType: diskChoice.value, DiskValue: disk } : {}) },
          { onSuccess: onClose },
        );
      }}
    >
      {offer.error ? <ErrorNotice error={offer.error} title={t('mysql.spec.offerFailed')} /> : null}
      <Text size="sm">{t('mysql.spec.current', { cpu: db.cpu ?? '—', ram: (db.ramMb ?? 0) / 1024, disk: db.diskGb ?? '—' })}</Text>
      <Select
        label={t('db.form.spec')}
        data={(offer.data?.specs ?? []).map((s) => ({ value: s.paasGoodsId, label: s.name }))}
        value={spec ?? null}
        onChange={(v) => v && setGoods(v)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        data-testid="spec-select"
      />
      <NumberInput
        label={t('mysql.spec.disk', { type: diskChoice?.name ?? '' })}
        description={diskChoice ? t('mysql.spec.diskHint', { now: db.diskGb ?? 0, max: diskChoice.maxExpand ?? diskChoice.max ?? '', step: diskChoice.step ?? 1 }) : undefined}
        value={disk ?? ''}
        min={db.diskGb}
        max={diskChoice?.maxExpand}
        step={diskChoice?.step}
        suffix=" GB"
        onChange={(v) => setDisk(typeof v === 'number' ? v : undefined)}
        error={tried ? (diskProblem ?? nothing) : undefined}
        data-testid="spec-disk"
      />
    </FormDialog>
  );
}
